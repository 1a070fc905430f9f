package io.nlc.testsupport;

/**
 * Tests run on the small framework in {@code src/test/resources/test-content} (see the test configuration), so that
 * revising the shipped content breaks no test. Tests that need the shipped content itself, such as those with the
 * demo data (whose rounds name real items) and the benchmarks, add this property.
 */
public final class ShippedContent {

    public static final String PROPERTY = "nlc.content.location=classpath*:toolkit-content/";

    private ShippedContent() {}
}
