package io.nlc.api;

import io.nlc.assessment.AssessmentNotFoundException;
import io.nlc.kernel.LoggedFailure;
import io.nlc.organisation.NotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The read API's refusals as RFC 9457 problem documents. A round of another hub, or of no hub, is the same 404 as an
 * unknown id, so that ids tell nobody what exists; any other failure is a plain 500 whose details go to the log only.
 */
@RestControllerAdvice(assignableTypes = ReadApiController.class)
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** An id that is not 1 to 18 digits. */
    static class BadIdException extends RuntimeException {
        BadIdException(String id) {
            super("Not an id: " + id.length() + " characters");
        }
    }

    static class UnknownAddressException extends RuntimeException {
        UnknownAddressException() {
            super("No such address in the read API");
        }
    }

    @ExceptionHandler(BadIdException.class)
    ResponseEntity<ProblemDetail> badId(HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "An id is a whole number of 1 to 18 digits.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "The parameter '" + e.getName() + "' has no such value.");
    }

    @ExceptionHandler({AssessmentNotFoundException.class, NotPermittedException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        LOG.debug("Read API refused {}: {}", request.getRequestURI(), e.getMessage());
        return problem(request, HttpStatus.NOT_FOUND, "No such round for this client.");
    }

    @ExceptionHandler(UnknownAddressException.class)
    ResponseEntity<ProblemDetail> unknownAddress(HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "No such address in the read API: see /api/v1/openapi.json.");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failure(RuntimeException e, HttpServletRequest request) {
        LOG.error("Read API failed on {}", request.getRequestURI(), LoggedFailure.of(e));
        LOG.debug("Read API failed on {}", request.getRequestURI(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // The address is then simply not repeated.
        }
        return ResponseEntity.status(status).body(problem);
    }
}
