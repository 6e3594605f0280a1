package io.decibench.nativecore;

import java.math.BigDecimal;

/** The native core's decimal operations, their wire codes and how their failures read. */
public enum DecimalOp {
    ADD(1, "add", "+"),
    SUB(2, "sub", "-"),
    MUL(3, "mul", "*"),
    DIV(4, "div", "/"),
    RESCALE(5, "rescale", "");

    static final int OK = 0;
    static final int OVERFLOW = 1;
    static final int DIVISION_BY_ZERO = 2;
    static final int BAD_SCALE = 3;

    /** Highest scale the core accepts for operands and results. */
    public static final int MAX_SCALE = 18;

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
