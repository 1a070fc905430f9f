package io.nlc.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import io.nlc.base.Formats;
import io.nlc.base.Languages;
import io.nlc.base.NavbarItem;
import io.nlc.content.Language;
import io.nlc.notification.NotificationItem;
import io.nlc.notification.Notifications;
import java.util.List;

/**
 * The bell in the top bar: unread count, and the newest notifications in a popover. Opening it marks nothing: a
 * notification is read once followed, or when the person marks them all read; one older than
 * {@link Notifications#NEW_FOR} is not new any more either way.
 */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    static final int SHOWN = 15;

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClassName("notification-bell");
        Span count = new Span();
        count.addClassName("unread-count");
        bell.setSuffixComponent(count);
        Div list = new Div();
        list.addClassName("notification-list");
        Popover popover = new Popover(list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                fill(list, () -> update(bell, count));
            }
        });
        update(bell, count);
        // No push: the count is brought up to date on every page change instead.
        bell.addAttachListener(attach -> {
            Registration registration = attach.getUI().addAfterNavigationListener(navigation -> update(bell, count));
            bell.addDetachListener(detach -> registration.remove());
        });
        return bell;
    }

    private void update(Button bell, Span count) {
        long unread = notifications.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(bell.getTranslation("notification.bell", unread));
        bell.setTooltipText(bell.getTranslation("notification.bell", unread));
    }

    private void fill(Div list, Runnable changed) {
        list.removeAll();
        Language language = Languages.current();
        List<NotificationItem> recent = notifications.recent(SHOWN);
        if (recent.isEmpty()) {
            list.add(new Span(list.getTranslation("notification.none")));
        }
        if (recent.stream().anyMatch(NotificationItem::unread)) {
            Button all = new Button(list.getTranslation("notification.mark-all-read"), click -> {
                notifications.markAllRead();
                fill(list, changed);
                changed.run();
            });
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            all.addClassName("mark-all-read");
            list.add(all);
        }
        for (NotificationItem item : recent) {
            Anchor link = new Anchor(target(item), text(list, item, language));
            // Following a notification is what reads it.
            link.getElement().addEventListener("click", click -> notifications.markRead(item.id()));
            Span when = new Span(Formats.dateTime(item.at(), language));
            when.addClassName("muted");
            Div row = new Div(link, when);
            row.addClassName("notification");
            if (item.unread()) {
                row.addClassName("unread");
                Span badge = new Span(list.getTranslation("notification.new"));
                badge.addClassName("badge");
                badge.addClassName("new-badge");
                row.addComponentAsFirst(badge);
            }
            list.add(row);
        }
    }

    /** Where a notification leads: the round for a workflow step, the city's plan for an action. */
    static String target(NotificationItem item) {
        return switch (item) {
            case NotificationItem.Step step -> "assessments/" + step.assessmentId();
            case NotificationItem.ActionReminder reminder -> "cities/" + reminder.cityId() + "/plan";
        };
    }

    private static String text(Component list, NotificationItem item, Language language) {
        return switch (item) {
            case NotificationItem.Step step ->
                list.getTranslation(
                        "notification." + step.status().name(),
                        Formats.isolate(step.actor()),
                        Formats.isolate(step.city().in(language)),
                        Formats.isolate(step.roundLabel()));
            case NotificationItem.ActionReminder reminder ->
                list.getTranslation(
                        reminder.overdue() ? "notification.action-overdue" : "notification.action-due-soon",
                        Formats.isolate(reminder.title()),
                        Formats.date(reminder.dueDate(), language),
                        Formats.isolate(reminder.city().in(language)));
        };
    }
}
