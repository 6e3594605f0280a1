package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.spi.Kernels;

import org.junit.jupiter.api.Test;

/** The float and decimal kernels are found through META-INF/services, under their mode names. */
class KernelRegistrationTest {

    @Test
    void serviceLoaderFindsBothJavaKernels() {
        Kernels kernels = Kernels.load();
        assertThat(kernels.require("float")).isInstanceOf(FloatKernel.class);
        assertThat(kernels.require("decimal")).isInstanceOf(DecimalKernel.class);
    }
}
