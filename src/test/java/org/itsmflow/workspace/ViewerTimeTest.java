package org.itsmflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.itsmflow.platform.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Dates in the viewer's zone, always named; a zone the browser cannot have sent falls back. */
class ViewerTimeTest {

  private final ViewerTime time = new ViewerTime("Europe/Berlin");

  @Test
  void theBrowsersZoneWinsAndAnInvalidOneFallsBackToTheConfiguredZone() {
    assertThat(time.zoneOf(request("Asia%2FTokyo"))).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(time.zoneOf(request("Mars/Olympus"))).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(time.zoneOf(request(""))).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(time.zoneOf(new MockHttpServletRequest())).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void aConfiguredZoneThatDoesNotExistStopsStartUpSayingWhatToSet() {
    assertThatThrownBy(() -> new ViewerTime("Europe/Atlantis")).isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("ITSM_TIME_ZONE 'Europe/Atlantis'");
  }

  @Test
  void aDateCarriesItsZoneAcrossDaylightSavingTime() {
    assertThat(time.format(Instant.parse("2026-12-04T06:32:11Z"))).isEqualTo("Fri 4 Dec 2026, 07:32 CET");
    assertThat(time.format(Instant.parse("2026-07-04T06:32:11Z"))).isEqualTo("Sat 4 Jul 2026, 08:32 CEST");
    assertThat(time.format(null)).isEqualTo("–");
  }

  @Test
  void spansReadAsPeopleSayThem() {
    Instant now = Instant.parse("2026-12-04T06:00:00Z");

    assertThat(time.relative(now.plus(Duration.ofMinutes(45)), now)).isEqualTo("in 45 min");
    assertThat(time.relative(now.plus(Duration.ofMinutes(200)), now)).isEqualTo("in 3 h 20 min");
    assertThat(time.relative(now.minus(Duration.ofHours(50)), now)).isEqualTo("2 d 2 h ago");
  }

  @Test
  void onlyPathsOfThisSiteAreFollowedBack() {
    assertThat(OwnPages.isOwn("/incidents/INC-000001")).isTrue();
    assertThat(OwnPages.isOwn("//evil.example/x")).isFalse();
    assertThat(OwnPages.isOwn("https://evil.example/x")).isFalse();
    assertThat(OwnPages.isOwn("/\\evil.example")).isFalse();
    assertThat(OwnPages.isOwn("/incidents\r\nSet-Cookie: x")).isFalse();
    assertThat(OwnPages.isOwn(null)).isFalse();
  }

  private static MockHttpServletRequest request(String zone) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie(ViewerTime.COOKIE, zone));
    return request;
  }
}
