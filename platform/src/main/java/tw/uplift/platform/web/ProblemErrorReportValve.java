package tw.uplift.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word on a request that never reached Spring MVC (an encoded slash or a stray character in the URL,
 * a header too large): a problem document like every other error instead of Tomcat's HTML page with its version.
 * Errors Spring answered already carry a body and are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status < 500 ? "The request could not be read: its address or headers are not valid"
                : "Something went wrong on our side";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(Problems.of(HttpStatusCode.valueOf(status), String.valueOf(status), detail)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response cannot take a body: nothing more to tell it.
        }
    }
}
