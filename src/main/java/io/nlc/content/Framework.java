package io.nlc.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One validated, immutable framework version. The checksum covers every file the version was read from,
 * so an assessment pinned to a version can tell if that version's content was changed afterwards.
 */
public record Framework(String id, int version, String checksum, LocalizedText title, LocalizedText provenance,
                        List<LocalizedText> levelNames, List<Band> bands, List<Integer> goodPractices,
                        List<Theme> themes) {

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(theme -> theme.id().equals(themeId)).findFirst();
    }

    public Optional<Item> item(String itemId) {
        return themes.stream().flatMap(theme -> theme.items().stream())
                .filter(item -> item.id().equals(itemId)).findFirst();
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
