/**
 * Backups of the embedded H2 database: H2's online {@code BACKUP TO} (consistent while the app keeps running) on a
 * schedule ({@code nlc.backup.*}), with rotation, each run recorded; administrators see the last run and can back up
 * now ({@link io.nlc.backup.Backups}). PostgreSQL is backed up outside the app (deploy/README.md, docs/drills.md).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"kernel", "organisation"})
package io.nlc.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
