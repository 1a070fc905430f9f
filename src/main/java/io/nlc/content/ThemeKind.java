package io.nlc.content;

/** A core theme of the framework, or an optional topic module for a local context. */
public enum ThemeKind {
    THEME,
    MODULE
}
