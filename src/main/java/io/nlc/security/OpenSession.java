package io.nlc.security;

import java.time.Instant;

/** One of a person's open sessions as "My sessions" shows it: where and when it began, when it was last used. */
record OpenSession(String id, boolean current, Instant started, Instant lastActive, String browser, String address) {

    /** "Firefox · Windows" from the browser's User-Agent header; empty when it names neither. */
    String browserSummary() {
        String name = browser.contains("Edg/")
                ? "Edge"
                : browser.contains("OPR/")
                        ? "Opera"
                        : browser.contains("Firefox/") || browser.contains("FxiOS/")
                                ? "Firefox"
                                : browser.contains("Chrome/")
                                                || browser.contains("CriOS/")
                                                || browser.contains("Chromium/")
                                        ? "Chrome"
                                        : browser.contains("Safari/") ? "Safari" : "";
        String system = browser.contains("Android")
                ? "Android"
                : browser.contains("iPhone") || browser.contains("iPad")
                        ? "iOS"
                        : browser.contains("Windows")
                                ? "Windows"
                                : browser.contains("Macintosh")
                                        ? "macOS"
                                        : browser.contains("CrOS")
                                                ? "ChromeOS"
                                                : browser.contains("Linux") ? "Linux" : "";
        return name.isEmpty() || system.isEmpty() ? name + system : name + " · " + system;
    }
}
