package io.decibench.kernel.backtest;

import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on 64-bit unscaled values (mode {@code decimal-fixed}): a value is {@code unscaled *
 * 10^-scale}. Intermediates that need more than 64 bits (products, aligned numerators, squares) are carried as signed
 * 128-bit pairs {@code (hi, lo)} in local variables, so nothing is allocated. A result that does not fit 64 bits raises
 * an {@link ArithmeticException} (the engine rewords it with the node, asset and bar); it is never a wrapped number.
 *
 * <p>Every rounding follows {@link RoundingMode} exactly (the five modes of the site's "Column API" page); the
 * differential test against {@link java.math.BigDecimal} checks this on millions of random operands.
 */
final class FixedMath {
    /** 10^k for k = 0..18, the powers that fit a long. */
    static final long[] POW10 = new long[19];
    /** 10^k for k = 0..38 as unsigned 128-bit (hi, lo); 10^38 < 2^127. */
    private static final long[] POW10_HI = new long[39];
    private static final long[] POW10_LO = new long[39];

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) {
            POW10[k] = POW10[k - 1] * 10;
        }
        POW10_LO[0] = 1;
        for (int k = 1; k < POW10_LO.length; k++) {
            long lo = POW10_LO[k - 1];
            long hi = POW10_HI[k - 1];
            POW10_LO[k] = lo * 10;
            POW10_HI[k] = hi * 10 + unsignedMultiplyHigh(lo, 10);
        }
    }

    private FixedMath() {
    }

    static ArithmeticException overflow() {
        return new ArithmeticException("64-bit overflow");
    }

    /**
     * Unsigned {@code n / d}. JDK 17's {@code Long.divideUnsigned} goes through BigInteger for a dividend of 2^63 or
     * more (allocating, and slow); this stays in longs.
     */
    static long divideUnsigned(long n, long d) {
        if (d < 0) {
            return Long.compareUnsigned(n, d) >= 0 ? 1 : 0;
        }
        if (n >= 0) {
            return n / d;
        }
        long q = ((n >>> 1) / d) << 1;
        long r = n - q * d;
        return Long.compareUnsigned(r, d) >= 0 ? q + 1 : q;
    }

    /** The high 64 bits of the unsigned 128-bit product (JDK 18's Math.unsignedMultiplyHigh). */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    // ---- alignment and comparison -------------------------------------------------------------------------------

    /** {@code a * 10^k} exactly (k >= 0). */
    static long scaleUp(long a, int k) {
        if (k == 0 || a == 0) {
            return a;
        }
        if (k >= POW10.length) {
            throw overflow();
        }
        return Math.multiplyExact(a, POW10[k]);
    }

    /** Compares {@code a * 10^-sa} with {@code b * 10^-sb} exactly. */
    static int compare(long a, int sa, long b, int sb) {
        if (sa == sb) {
            return Long.compare(a, b);
        }
        return sa < sb ? compareAligned(a, sb - sa, b) : -compareAligned(b, sa - sb, a);
    }

    /** Compares {@code a * 10^k} with {@code b}; an {@code a * 10^k} beyond 64 bits exceeds every long in magnitude. */
    static int compareAligned(long a, int k, long b) {
        if (a == 0) {
            return Long.compare(0, b);
        }
        if (k >= POW10.length) {
            return a > 0 ? 1 : -1;
        }
        long p = POW10[k];
        long lo = a * p;
        long hi = Math.multiplyHigh(a, p);
        if (hi != (lo >> 63)) {
            return a > 0 ? 1 : -1;
        }
        return Long.compare(lo, b);
    }

    // ---- addition -----------------------------------------------------------------------------------------------

    /** {@code a + b} with both aligned to scale {@code s} first; an aligned operand beyond 64 bits is an overflow. */
    static long add(long a, int sa, long b, int sb, int s) {
        return Math.addExact(scaleUp(a, s - sa), scaleUp(b, s - sb));
    }

    static long subtract(long a, int sa, long b, int sb, int s) {
        return Math.subtractExact(scaleUp(a, s - sa), scaleUp(b, s - sb));
    }

    // ---- rounding division --------------------------------------------------------------------------------------

    /**
     * Whether a quotient of magnitude {@code q} with remainder magnitude {@code r} (unsigned, r < d) moves one step away
     * from zero under {@code mode}; {@code negative} is the sign of the exact quotient.
     */
    private static boolean roundsAway(long q, long r, long d, boolean negative, RoundingMode mode) {
        if (r == 0) {
            return false;
        }
        switch (mode) {
            case DOWN:
                return false;
            case FLOOR:
                return negative;
            case CEILING:
                return !negative;
            case HALF_UP: {
                long rest = d - r; // distance to the next multiple, away from zero
                return Long.compareUnsigned(r, rest) >= 0;
            }
            case HALF_EVEN: {
                long rest = d - r;
                int c = Long.compareUnsigned(r, rest);
                return c > 0 || (c == 0 && (q & 1) != 0);
            }
            default:
                throw new IllegalArgumentException("unsupported rounding mode " + mode);
        }
    }

    /** The signed result of an unsigned magnitude, or an overflow when it leaves 64 bits. */
    private static long signed(long magnitude, boolean negative) {
        if (negative) {
            if (Long.compareUnsigned(magnitude, Long.MIN_VALUE) > 0) {
                throw overflow();
            }
            return -magnitude;
        }
        if (magnitude < 0) {
            throw overflow();
        }
        return magnitude;
    }

    /** {@code num / den} rounded with {@code mode} (den != 0). */
    static long divide(long num, long den, RoundingMode mode) {
        boolean negative = (num < 0) != (den < 0);
        long n = Math.abs(num); // Long.MIN_VALUE stays 2^63 read unsigned
        long d = Math.abs(den);
        long q = divideUnsigned(n, d);
        long r = n - q * d;
        if (roundsAway(q, r, d, negative && num != 0, mode)) {
            q++;
        }
        return signed(q, negative);
    }

    /**
     * The signed 128-bit {@code (hi, lo)} divided by {@code den != 0}, rounded with {@code mode}; an overflow when the
     * rounded quotient leaves 64 bits.
     */
    static long divide(long hi, long lo, long den, RoundingMode mode) {
        if (hi == (lo >> 63)) {
            return divide(lo, den, mode);
        }
        boolean numNegative = hi < 0;
        long nHi = hi;
        long nLo = lo;
        if (numNegative) { // two's complement negation of the 128-bit value
            nLo = -lo;
            nHi = ~hi + (lo == 0 ? 1 : 0);
        }
        long d = Math.abs(den);
        if (Long.compareUnsigned(nHi, d) >= 0) {
            throw overflow(); // the quotient needs more than 64 bits
        }
        long q;
        long r;
        double estimate = (nHi * 0x1p64 + (nLo >= 0 ? (double) nLo : (double) (nLo >>> 1) * 2.0)) / d;
        if (estimate < 0x1p52 && d > 0 && d < (1L << 60)) {
            // A double estimate, off by at most 2, corrected exactly: |N - q*d| < 4d < 2^63, so the wrapping 64-bit
            // difference is the exact remainder.
            q = (long) estimate;
            r = nLo - q * d;
            while (r < 0) {
                q--;
                r += d;
            }
            while (r >= d) {
                q++;
                r -= d;
            }
        } else {
            q = divideUnsigned128(nHi, nLo, d);
            r = nLo - q * d;
        }
        boolean negative = numNegative != (den < 0);
        if (roundsAway(q, r, d, negative, mode)) {
            q++;
            if (q == 0) {
                throw overflow();
            }
        }
        return signed(q, negative);
    }

    /** {@code a * b / den} exactly, rounded once with {@code mode}. */
    static long multiplyDivide(long a, long b, long den, RoundingMode mode) {
        return divide(Math.multiplyHigh(a, b), a * b, den, mode);
    }

    /**
     * Unsigned 128-by-64-bit division (Hacker's Delight, divlu): the quotient of {@code (u1, u0) / v}, which must fit
     * 64 bits ({@code u1 < v} unsigned). The remainder is {@code u0 - q * v} (mod 2^64).
     */
    static long divideUnsigned128(long u1, long u0, long v) {
        final long b = 1L << 32;
        int s = Long.numberOfLeadingZeros(v);
        v <<= s;
        long vn1 = v >>> 32;
        long vn0 = v & 0xFFFF_FFFFL;
        long un32 = s == 0 ? u1 : (u1 << s) | (u0 >>> (64 - s));
        long un10 = u0 << s;
        long un1 = un10 >>> 32;
        long un0 = un10 & 0xFFFF_FFFFL;
        long q1 = divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, b) >= 0 || Long.compareUnsigned(q1 * vn0, b * rhat + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        long un21 = un32 * b + un1 - q1 * v;
        long q0 = divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, b) >= 0 || Long.compareUnsigned(q0 * vn0, b * rhat + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        return q1 * b + q0;
    }

    // ---- rescaling, division and roots at an explicit scale -----------------------------------------------------

    /** {@code a} (scale sa) at scale {@code s}: exact when s >= sa, else rounded with {@code mode}. */
    static long rescale(long a, int sa, int s, RoundingMode mode) {
        if (s >= sa) {
            return scaleUp(a, s - sa);
        }
        int k = sa - s;
        if (k < POW10.length) {
            return divide(a, POW10[k], mode);
        }
        // 10^k > 2^63 >= |a|: the exact quotient lies strictly inside (-1, 1).
        return belowOne(a, a < 0, 1, k, mode);
    }

    /**
     * The rounded quotient {@code a / (d * 10^k)} when its magnitude is below one ({@code d} an unsigned magnitude,
     * {@code negative} the quotient's sign): 0 or one step away from zero.
     */
    private static long belowOne(long a, boolean negative, long d, int k, RoundingMode mode) {
        if (a == 0) {
            return 0;
        }
        boolean away = switch (mode) {
            case FLOOR -> negative;
            case CEILING -> !negative;
            case DOWN -> false;
            default -> {
                // to nearest: away from zero when 2|a| exceeds the divisor; a tie only HALF_UP takes away
                int c = compareTwiceToScaled(Math.abs(a), d, k);
                yield c > 0 || (c == 0 && mode == RoundingMode.HALF_UP);
            }
        };
        return away ? (negative ? -1 : 1) : 0;
    }

    /**
     * The exact quotient of {@code a} (scale sa) by {@code b != 0} (scale sb), rounded once to scale {@code s} with
     * {@code mode}: {@code a * 10^(s - sa + sb) / b}.
     */
    static long divide(long a, int sa, long b, int sb, int s, RoundingMode mode) {
        int e = s - sa + sb;
        if (e >= 0) {
            if (a == 0) {
                return 0;
            }
            if (e > 38) {
                throw overflow(); // |a| * 10^e >= 10^39 > 2^64 * |b|
            }
            // a * 10^e as a signed 128-bit value; beyond 127 bits the quotient certainly leaves 64 bits.
            long m = Math.abs(a);
            long pHi = POW10_HI[e];
            long pLo = POW10_LO[e];
            long lo = m * pLo;
            long hi = unsignedMultiplyHigh(m, pLo);
            long cross = m * pHi;
            if (unsignedMultiplyHigh(m, pHi) != 0 || Long.compareUnsigned(hi + cross, hi) < 0) {
                throw overflow();
            }
            hi += cross;
            if (hi < 0) {
                throw overflow();
            }
            if (a < 0) {
                lo = -lo;
                hi = ~hi + (lo == 0 ? 1 : 0);
            }
            return divide(hi, lo, b, mode);
        }
        int k = -e; // divide by b * 10^k
        if (k == 0) {
            return divide(a, b, mode);
        }
        long d = Math.abs(b);
        if (k < POW10.length && unsignedMultiplyHigh(d, POW10[k]) == 0 && d * POW10[k] > 0) {
            return divide(a, b < 0 ? -d * POW10[k] : d * POW10[k], mode);
        }
        // |b| * 10^k >= 2^63 >= |a| and never equal (10^k with k >= 1 is no power of two): |quotient| < 1.
        return belowOne(a, (a < 0) != (b < 0), d, k, mode);
    }

    /** Compares {@code 2 * m} with {@code d * 10^k}, all unsigned (m <= 2^63, 1 <= d <= 2^63). */
    private static int compareTwiceToScaled(long m, long d, int k) {
        if (k > 19) {
            return -1; // d * 10^k >= 10^20 > 2^65 > 2m
        }
        long p = POW10_LO[k]; // 10^19 < 2^64 still fits unsigned
        long pHi = unsignedMultiplyHigh(d, p);
        long pLo = d * p;
        long tHi = m >>> 63;
        long tLo = m << 1;
        int c = Long.compareUnsigned(tHi, pHi);
        return c != 0 ? c : Long.compareUnsigned(tLo, pLo);
    }

    /**
     * The square root of {@code x >= 0} (scale sx) rounded to nearest at scale {@code s} (2s >= sx): with
     * {@code N = x * 10^(2s - sx)} and {@code f = isqrt(N)}, {@code f + 1} when {@code N - f*f > f}, else {@code f}.
     */
    static long sqrt(long x, int sx, int s) {
        if (x < 0) {
            throw new ArithmeticException("square root of a negative value");
        }
        if (x == 0) {
            return 0;
        }
        int k = 2 * s - sx;
        if (k > 38) {
            throw overflow(); // N >= 10^39: the root exceeds 2^63
        }
        long pHi = POW10_HI[k];
        long pLo = POW10_LO[k];
        long nLo = x * pLo;
        long nHi = unsignedMultiplyHigh(x, pLo);
        long cross = x * pHi;
        if (unsignedMultiplyHigh(x, pHi) != 0 || Long.compareUnsigned(nHi + cross, nHi) < 0) {
            throw overflow();
        }
        nHi += cross;
        if (Long.compareUnsigned(nHi, 1L << 62) >= 0) {
            throw overflow(); // N >= 2^126: f >= 2^63
        }
        long f = isqrt(nHi, nLo);
        // N - f^2 > f, with f^2 <= N < (f + 1)^2 so the difference fits 64 bits unsigned
        long rem = nLo - f * f;
        if (Long.compareUnsigned(rem, f) > 0) {
            if (f == Long.MAX_VALUE) {
                throw overflow();
            }
            f++;
        }
        return f;
    }

    /** floor(sqrt(N)) for an unsigned N = (hi, lo) < 2^126. */
    static long isqrt(long hi, long lo) {
        double n = hi * 0x1p64 + (lo >= 0 ? (double) lo : (double) (lo >>> 1) * 2.0);
        long f = (long) Math.sqrt(n);
        if (hi != 0 && f > 0) {
            // One Newton step from the double's estimate (off by up to ~2^10 near 2^63) leaves it off by at most one.
            long q = divideUnsigned128(hi, lo, f);
            f = (f >>> 1) + (q >>> 1) + (f & q & 1);
        }
        while (squareAbove(f, hi, lo)) {
            f--;
        }
        while (!squareAbove(f + 1, hi, lo)) {
            f++;
        }
        return f;
    }

    /** Whether f^2 > (hi, lo), unsigned. */
    private static boolean squareAbove(long f, long hi, long lo) {
        long sHi = unsignedMultiplyHigh(f, f);
        long sLo = f * f;
        int c = Long.compareUnsigned(sHi, hi);
        return c > 0 || (c == 0 && Long.compareUnsigned(sLo, lo) > 0);
    }
}
