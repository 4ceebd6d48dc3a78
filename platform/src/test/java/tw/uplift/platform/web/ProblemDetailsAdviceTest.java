package tw.uplift.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ProblemDetailsAdviceTest {

    @Test
    void aStoreOutOfReachIsA503ProblemWithRetryAfterNotA500() {
        ResponseEntity<Object> reply = new ProblemDetailsAdvice()
                .storeUnavailable(new DataAccessResourceFailureException("Prematurely reached end of stream"));

        assertThat(reply.getStatusCode().value()).isEqualTo(503);
        assertThat(reply.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(reply.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) reply.getBody();
        assertThat(problem.getType().toString()).isEqualTo(Problems.TYPE_BASE + "store-unavailable");
        assertThat(problem.getDetail()).doesNotContain("Prematurely").contains("try again");
    }
}
