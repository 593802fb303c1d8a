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

    @Test
    void readsSignatureDatesInChineseNumeralsAndTheRepublicOfChinaCalendar() {
        assertThat(PublishedDateFinder.parseDate("二〇二四年九月十二日")).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(PublishedDateFinder.parseDate("二零二三年十二月三十一日")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(PublishedDateFinder.parseDate("二〇二四年二月三十日")).as("no such day").isNull();
        assertThat(PublishedDateFinder.parseDate("中華民國113年5月10日公告")).isEqualTo(LocalDate.of(2024, 5, 10));
        // A header's value alone may be a year of the Republic; in running text 113-05-10 is not a date.
        assertThat(PublishedDateFinder.parseFieldDate("113-05-10")).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(PublishedDateFinder.parseDate("编号113-05-10")).isNull();
        assertThat(PublishedDateFinder.parseFieldDate("2024年03月11日")).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aLabelledDateIsThePublicationsButNotWhenItSaysWritten() {
        assertThat(PublishedDateFinder.labelled("发布日期：2019-03-06")).isEqualTo(LocalDate.of(2019, 3, 6));
        assertThat(PublishedDateFinder.labelled("成文日期：2019-03-01")).isNull();
        assertThat(PublishedDateFinder.labelled("來源：某某網 發布時間：2018-05-17 09:30")).isEqualTo(LocalDate.of(2018, 5, 17));
    }
}
