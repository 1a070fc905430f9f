package io.nlc.kernel;

/**
 * A failure as the logs at INFO and above may hold it: the same kinds of exception and the same stack traces, but
 * none of their messages, which can quote what a person typed (a database names the value it refused, a parser the
 * text it could not read). The whole exception goes to DEBUG only. Usage:
 * {@code LOG.warn("Saving failed", LoggedFailure.of(e)); LOG.debug("Saving failed", e);}
 */
public final class LoggedFailure extends RuntimeException {

    private LoggedFailure(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    private LoggedFailure(Throwable original) {
        super(original.getClass().getName(), null, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** The failure and its causes, each with its class name in place of its message. */
    public static LoggedFailure of(Throwable failure) {
        return of(failure, 0);
    }

    private static LoggedFailure of(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        // A cause chain can loop back on itself; a few levels say all an operator needs.
        return cause == null || cause == failure || depth >= 8
                ? new LoggedFailure(failure)
                : new LoggedFailure(failure, of(cause, depth + 1));
    }
}
