package io.decibench.nativecore;

import java.math.BigDecimal;

/** The native core's decimal operations, their wire codes and how their failures read. */
public enum DecimalOp {
    ADD(NativeAbi.OP_ADD, "add", "+"),
    SUB(NativeAbi.OP_SUB, "sub", "-"),
    MUL(NativeAbi.OP_MUL, "mul", "*"),
    DIV(NativeAbi.OP_DIV, "div", "/"),
    RESCALE(NativeAbi.OP_RESCALE, "rescale", "");

    static final int OK = NativeAbi.DECIMAL_OK;
    static final int OVERFLOW = NativeAbi.DECIMAL_OVERFLOW;
    static final int DIVISION_BY_ZERO = NativeAbi.DECIMAL_DIVISION_BY_ZERO;
    static final int BAD_SCALE = NativeAbi.DECIMAL_BAD_SCALE;

    /** Highest scale the core accepts for operands and results. */
    public static final int MAX_SCALE = NativeAbi.DECIMAL_MAX_SCALE;

    private final int code;
    private final String id;
    private final String symbol;

    DecimalOp(int code, String id, String symbol) {
        this.code = code;
        this.id = id;
        this.symbol = symbol;
    }

    int code() {
        return code;
    }

    /** The operation with this wire code. */
    static DecimalOp of(int code) {
        for (DecimalOp op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        throw new IllegalArgumentException("no decimal operation has code " + code);
    }

    /** The operation's name as error messages use it: {@code add}, {@code sub}, {@code mul}, {@code div}, {@code rescale}. */
    public String id() {
        return id;
    }

    /**
     * The exception for a failed status, naming the operation and its operands; {@code null} for success.
     */
    RuntimeException failure(int status, long a, int sa, long b, int sb, int sr) {
        if (status == OK) {
            return null;
        }
        String operands = this == RESCALE
                ? BigDecimal.valueOf(a, sa).toPlainString()
                : BigDecimal.valueOf(a, sa).toPlainString() + " " + symbol + " " + BigDecimal.valueOf(b, sb).toPlainString();
        return switch (status) {
            case OVERFLOW -> new ArithmeticException("decimal overflow in " + id + "(" + operands + ") at scale " + sr
                    + ": the result does not fit a 64-bit unscaled value");
            case DIVISION_BY_ZERO -> new ArithmeticException("division by zero in " + id + "(" + operands + ")");
            case BAD_SCALE -> new IllegalArgumentException("scale out of range in " + id + "(" + operands
                    + ") at scale " + sr + ": scales must lie in 0.." + MAX_SCALE);
            default -> new IllegalStateException("native core returned status " + status + " for " + id);
        };
    }
}
