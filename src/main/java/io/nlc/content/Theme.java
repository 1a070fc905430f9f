package io.nlc.content;

import java.util.List;

/** A theme (or topic module) with its items in questionnaire order and its suggested actions. */
public record Theme(
        String id,
        ThemeKind kind,
        double weight,
        int defaultTarget,
        LocalizedText name,
        LocalizedText description,
        List<Item> items,
        List<SuggestedAction> actions) {

    public List<Item> itemsFor(Tier tier) {
        return items.stream().filter(item -> tier.includes(item.tier())).toList();
    }
}
