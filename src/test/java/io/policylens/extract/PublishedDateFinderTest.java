package io.policylens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDateFinderTest {

    @Test
    void readsTheCommonForms() {
        assertThat(PublishedDateFinder.parseDate("2024-03-04 09:40 来源")).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(PublishedDateFinder.parseDate("发布时间：2024年4月8日")).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(PublishedDateFinder.parseDate("2024/02/21")).isEqualTo(LocalDate.of(2024, 2, 21));
        assertThat(PublishedDateFinder.parseDate("2024-13-45 then 2023-1-2")).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(PublishedDateFinder.parseDate("8个月前 (05-17)")).isNull();
        assertThat(PublishedDateFinder.find(List.of("标题", "2025-02-18 10:05"))).isEqualTo(LocalDate.of(2025, 2, 18));
    }
}
