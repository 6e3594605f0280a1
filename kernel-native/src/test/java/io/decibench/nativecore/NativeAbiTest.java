package io.decibench.nativecore;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two sides of the native ABI agree: every constant the library exports ({@code decibench_layout_*}, generated
 * from {@code rust/src/abi.rs}) exists in {@link NativeAbi} under the same name with the same value, and the other way
 * round. A slot moved, added or renumbered on one side only fails here, not as a wrong number in a backtest.
 */
class NativeAbiTest {

    @Test
    void everyConstantOfTheLibraryEqualsJavasAndViceVersa() {
        assertThat(NativeCoreLoader.availability().available()).as(NativeCoreLoader.availability().toString()).isTrue();
        Map<String, Long> library = new LinkedHashMap<>();
        int count = NativeDecimalCore.decibench_layout_count();
        for (int i = 0; i < count; i++) {
            library.put(NativeDecimalCore.decibench_layout_name(i).getString(0, "US-ASCII"),
                    NativeDecimalCore.decibench_layout_value(i));
        }
        assertThat(NativeDecimalCore.decibench_layout_name(count)).isNull();
        assertThat(library).hasSizeGreaterThan(100).containsEntry("ABI_VERSION", 2L);
        assertThat(java()).isEqualTo(library);
    }

    @Test
    void theLoaderRefusesALibraryOfAnotherAbiVersion() {
        assertThat(NativeDecimalCore.ABI_VERSION).isEqualTo(NativeAbi.ABI_VERSION);
        assertThat(NativeDecimalCore.decibench_abi_version()).isEqualTo(NativeAbi.ABI_VERSION);
    }

    private static Map<String, Long> java() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Field f : NativeAbi.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && Modifier.isFinal(mod) && f.getType() == int.class) {
                try {
                    m.put(f.getName(), (long) f.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return m;
    }
}
