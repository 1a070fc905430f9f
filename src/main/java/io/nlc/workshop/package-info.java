/**
 * Several raters and one agreed score: the coordinator opens items of a round to raters (team members or invited
 * stakeholders with rater accounts), each rates on their own and sees the others only after rating, the spread shows
 * where they differ, and the coordinator records the agreed level, which is the round's answer, and why.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "assessment::scores",
            "content",
            "kernel",
            "organisation",
            "organisation::directory",
            "scoring"
        })
package io.nlc.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
