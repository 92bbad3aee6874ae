package io.interpy.sample;

import io.interpy.CallTimeoutException;
import io.interpy.PythonException;
import io.interpy.UncheckedCallTimeoutException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps failures of Python calls to RFC 9457 problem details. Python's own "bad input"
 * exceptions become 400 so clients can tell their mistakes from the server's; the Python type
 * is included because it is what a developer searches the Python code for. Tracebacks stay in
 * the log: they reveal code structure.
 */
@RestControllerAdvice
public class PythonProblemHandler {

    private static final Log logger = LogFactory.getLog(PythonProblemHandler.class);

    private static final Set<String> CLIENT_ERRORS = Set.of("ValueError", "TypeError", "KeyError");

    @ExceptionHandler(PythonException.class)
    ProblemDetail python(PythonException ex) {
        boolean clientError = CLIENT_ERRORS.contains(ex.pythonType());
        HttpStatus status = clientError ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        if (!clientError) {
            logger.error("Python call " + ex.target() + " failed:\n" + ex.pythonTraceback());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                clientError ? ex.pythonMessage() : "The Python function failed unexpectedly.");
        problem.setTitle(clientError ? "Invalid input" : "Python error");
        problem.setProperty("pythonType", ex.pythonType());
        return problem;
    }

    @ExceptionHandler(CallTimeoutException.class)
    ProblemDetail timeout(CallTimeoutException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                "The computation did not finish within " + ex.timeout().toMillis() + " ms.");
        problem.setTitle("Python call timed out");
        return problem;
    }

    /** What a blocking Python method throws at its timeout. */
    @ExceptionHandler(UncheckedCallTimeoutException.class)
    ProblemDetail timeout(UncheckedCallTimeoutException ex) {
        return timeout(ex.getCause());
    }

    @ExceptionHandler(RejectedExecutionException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedExecutionException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "All Python workers are busy; try again shortly.");
        problem.setTitle("Python pool full");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    /** Futures derived with thenApply wrap their failure; the mapping is by the real cause. */
    @ExceptionHandler(CompletionException.class)
    Object unwrap(CompletionException ex) throws Throwable {
        Throwable cause = ex.getCause();
        if (cause instanceof PythonException python) {
            return python(python);
        }
        if (cause instanceof CallTimeoutException timeout) {
            return timeout(timeout);
        }
        if (cause instanceof RejectedExecutionException rejected) {
            return rejected(rejected);
        }
        throw cause != null ? cause : ex;
    }
}
