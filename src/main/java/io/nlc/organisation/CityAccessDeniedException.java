package io.nlc.organisation;

/** The signed-in user may not see or change this city's data. */
public class CityAccessDeniedException extends RuntimeException {

    public CityAccessDeniedException(String message) {
        super(message);
    }
}
