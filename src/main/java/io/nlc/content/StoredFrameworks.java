package io.nlc.content;

import java.util.List;

/**
 * Where the catalog finds the framework versions installed after the build: content packs that an administrator
 * uploaded and activated, kept in the database. Implemented outside this module (it needs the database); without
 * one, the catalog holds the shipped versions only.
 */
public interface StoredFrameworks {

    /** An activated pack as it was uploaded. */
    record StoredPack(int version, String fileName, byte[] zip) {}

    /** Every activated pack, lowest version first. */
    List<StoredPack> activated();

    /** The highest activated version, 0 when none: a cheap check made when a round starts. */
    int newestActivated();
}
