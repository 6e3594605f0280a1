package io.decibench.plugin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void a_doubles_exact_expansion_is_shown_to_four_places() {
        assertThat(MoneyFormat.readable("116088.29000000000814907252788543701171875")).isEqualTo("116088.2900");
        assertThat(MoneyFormat.readable("3.64209999914267100393772125244140625")).isEqualTo("3.6421");
    }

    @Test
    void exact_amounts_keep_their_own_scale() {
        assertThat(MoneyFormat.readable("116088.26")).isEqualTo("116088.26");
        assertThat(MoneyFormat.readable("0")).isEqualTo("0");
    }

    @Test
    void a_drift_below_a_hundredth_of_a_cent_keeps_three_significant_digits_instead_of_reading_zero() {
        assertThat(MoneyFormat.readable("0.000000000084401108324527740478515625")).isEqualTo("0.0000000000844");
    }

    @Test
    void text_that_is_not_a_number_is_left_alone() {
        assertThat(MoneyFormat.readable("n/a")).isEqualTo("n/a");
        assertThat(MoneyFormat.readable(null)).isNull();
    }
}
