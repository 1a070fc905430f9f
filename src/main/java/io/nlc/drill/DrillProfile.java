package io.nlc.drill;

/** The Spring profile that switches the drill on; never part of the demo or a deployment. */
final class DrillProfile {

    static final String NAME = "drill";

    private DrillProfile() {}
}
