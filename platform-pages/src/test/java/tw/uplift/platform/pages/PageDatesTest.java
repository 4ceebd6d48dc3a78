package tw.uplift.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageDatesTest {

    private final PageDates chinese = new PageDates(Locale.TAIWAN);
    private final PageDates english = new PageDates(Locale.ENGLISH);

    @Test
    void aDateIsWrittenInTheRocCalendarAsAgenciesDo() {
        assertThat(chinese.date(LocalDate.of(2026, 3, 31))).isEqualTo("115年3月31日");
        assertThat(chinese.year(115)).isEqualTo("115年度");
    }

    @Test
    void inEnglishTheGregorianDateComesFirstWithTheRocYearBeside() {
        assertThat(english.date(LocalDate.of(2026, 3, 31))).isEqualTo("31 Mar 2026 (ROC 115)");
        assertThat(english.year(115)).isEqualTo("2026 (ROC 115)");
    }

    @Test
    void aMomentIsShownInTaipei() {
        // 2026-12-31T16:30Z is already 1 January 2027, 00:30 in Taipei: ROC 116.
        assertThat(chinese.dateTime(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo("116年1月1日 00:30");
        assertThat(chinese.iso(LocalDate.of(2026, 3, 31))).isEqualTo("2026-03-31");
        assertThat(chinese.iso(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo("2027-01-01T00:30+08:00");
    }

    @Test
    void noDateIsEmpty() {
        assertThat(chinese.date(null)).isEmpty();
        assertThat(chinese.dateTime(null)).isEmpty();
    }
}
