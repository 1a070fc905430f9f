package io.nlc.organisation;

import io.nlc.content.LocalizedText;

/** A regional hub as other modules see it. */
public record HubRef(long id, String code, LocalizedText name) {}
