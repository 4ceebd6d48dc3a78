package tw.uplift.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RelayTest {

    private static final URI PLAN = URI.create("http://localhost:8081");

    @Test
    void theGatewaySessionCookieStaysAtTheGateway() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "uplift-lang=en; UPLIFT_SESSION=abc; JSESSIONID=issuer");

        Relay.withoutCookie(headers, "UPLIFT_SESSION");

        assertThat(headers.get(HttpHeaders.COOKIE)).containsExactly("uplift-lang=en; JSESSIONID=issuer");
    }

    @Test
    void noCookieHeaderIsLeftWhenTheSessionCookieWasTheOnlyOne() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "UPLIFT_SESSION=abc");

        Relay.withoutCookie(headers, "UPLIFT_SESSION");

        assertThat(headers.containsHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void anApiLocationGetsTheServicePrefixBack() {
        assertThat(Relay.locationThroughGateway("/api/plans/p-1", PLAN, "/api/plan")).isEqualTo("/api/plan/plans/p-1");
        assertThat(Relay.locationThroughGateway("http://localhost:8081/api/plans/p-1?x=1", PLAN, "/api/plan"))
                .isEqualTo("/api/plan/plans/p-1?x=1");
    }

    @Test
    void aPageLocationOnTheServiceBecomesAPathOnTheGateway() {
        assertThat(Relay.locationThroughGateway("http://localhost:8081/plans/p-1", PLAN, null)).isEqualTo("/plans/p-1");
        assertThat(Relay.locationThroughGateway("/plans/p-1", PLAN, null)).isEqualTo("/plans/p-1");
    }

    @Test
    void elsewhereStaysElsewhere() {
        assertThat(Relay.locationThroughGateway("http://localhost:9000/oauth2/authorize?x", PLAN, "/api/plan"))
                .isEqualTo("http://localhost:9000/oauth2/authorize?x");
        assertThat(Relay.locationThroughGateway("http://localhost:80810/api/x", PLAN, "/api/plan"))
                .isEqualTo("http://localhost:80810/api/x");
    }
}
