package io.nlc.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One validated, immutable framework version. The checksum covers every file the version was read from,
 * so an assessment pinned to a version can tell if that version's content was changed afterwards.
 *
 * @param introduction the principles every item is read with, if the version has them
 * @param goodPracticeSource where the items' good-practice numbers were traced from; without it the numbers are
 *                           untraced and never shown (version 1's were invented, see toolkit-content/v2/CHANGES.md)
 */
public record Framework(
        String id,
        int version,
        String checksum,
        LocalizedText title,
        LocalizedText provenance,
        @Nullable LocalizedText introduction,
        List<LocalizedText> levelNames,
        List<Band> bands,
        List<Integer> goodPractices,
        @Nullable LocalizedText goodPracticeSource,
        List<Theme> themes) {

    /** The good-practice numbers to show for an item: none unless the version says where they were traced from. */
    public List<Integer> tracedGoodPractices(Item item) {
        return goodPracticeSource == null ? List.of() : item.goodPractices();
    }

    /**
     * Whether the bands give the level nearest to the mean level: score = mean / 4 x 100, so level n starts at
     * (n - 0.5) x 25 (12.5, 37.5, 62.5, 87.5).
     */
    public boolean nearestLevelBands() {
        for (Band band : bands) {
            double nearest = band.level() == 0 ? 0 : (band.level() - 0.5) * 100.0 / Item.MAX_LEVEL;
            if (Math.abs(band.from() - nearest) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(theme -> theme.id().equals(themeId)).findFirst();
    }

    public Optional<Item> item(String itemId) {
        return themes.stream()
                .flatMap(theme -> theme.items().stream())
                .filter(item -> item.id().equals(itemId))
                .findFirst();
    }

    public List<Theme> coreThemes() {
        return themes.stream().filter(theme -> theme.kind() == ThemeKind.THEME).toList();
    }

    public List<Theme> modules() {
        return themes.stream().filter(theme -> theme.kind() == ThemeKind.MODULE).toList();
    }

    /** The themes an assessment covers: every core theme plus the modules it selected, in content order. */
    public List<Theme> themesInScope(Collection<String> selectedModules) {
        return themes.stream()
                .filter(theme -> theme.kind() == ThemeKind.THEME || selectedModules.contains(theme.id()))
                .toList();
    }

    public LocalizedText levelName(int level) {
        return levelNames.get(level);
    }
}
