package io.nlc.organisation;

import io.nlc.content.LocalizedText;

/** A regional hub as other modules see it. */
public record HubView(long id, String code, LocalizedText name) {}
