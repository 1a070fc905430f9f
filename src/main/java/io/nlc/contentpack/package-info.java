/**
 * Content packs: an administrator uploads a new framework version as a zip, sees its problems or what it changes
 * against the active version, and activates it for new rounds. The packs are kept in the database and installed
 * in {@link io.nlc.content.FrameworkCatalog} at start-up ({@link io.nlc.content.StoredFrameworks}); the reading,
 * the safety checks of the zip and the diff are in {@link io.nlc.content}. Uploads, refusals, activations and
 * discards are appended to the packs' trail.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "content", "kernel", "organisation", "organisation::directory"})
package io.nlc.contentpack;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
