package io.nlc.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * A browser-session cookie that says only "this browser was signed in here", so that the sign-in page can tell a
 * person whose session ended without their signing out (their idle time ran out, it was ended for them, or the app
 * instance they were on stopped) why they are there, and that what was shown as saved is kept. It names no one and
 * lives until the browser closes; signing out clears it, and so does the sign-in page once it has said so.
 */
final class SessionEndedNotice {

    static final String COOKIE = "NLC_SIGNED_IN";

    private SessionEndedNotice() {}

    static boolean present(Cookie @Nullable [] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sets the cookie on a signed-in request that does not carry it yet. */
    static void mark(HttpServletRequest request, HttpServletResponse response) {
        if (!present(request.getCookies())) {
            response.addCookie(cookie(request, "1", -1));
        }
    }

    /** The cookie's removal, once the page has told the person. */
    static Cookie cleared(HttpServletRequest request) {
        return cookie(request, "", 0);
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
