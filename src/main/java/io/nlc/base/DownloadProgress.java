package io.nlc.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * What a file download shows while the file is made. The file is built in the browser's own download request, off
 * the UI lock (Vaadin's {@link DownloadHandler}), so the screen never freezes; steps are unknown, so progress is an
 * indeterminate bar with the words of what is being made, from the moment the request starts building the file until
 * it is sent, with the link disabled meanwhile (no second file on a double click) and a message when it fails. The
 * screen turns on push for its own UI, so these changes reach the browser while the download runs.
 */
public final class DownloadProgress extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private final String making;

    public DownloadProgress(String making) {
        this.making = making;
        addClassName("download-progress");
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", making);
        text.getElement().setAttribute("role", "status");
        add(bar, text);
        setVisible(false);
        addAttachListener(event -> event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC));
    }

    /** The handler of {@code link}'s download, showing this progress around {@code file}. */
    public <C extends Component & HasEnabled> DownloadHandler around(C link, InputStreamDownloadCallback file) {
        return DownloadHandler.fromInputStream(event -> {
                    UI ui = event.getUI();
                    ui.access(() -> started(link));
                    try {
                        return file.complete(event);
                    } catch (java.io.IOException | RuntimeException e) {
                        ui.access(() -> failed(link));
                        throw e;
                    }
                })
                .whenComplete(success -> {
                    if (success) {
                        finished(link);
                    } else {
                        failed(link);
                    }
                });
    }

    void started(HasEnabled link) {
        link.setEnabled(false);
        text.setText(making);
        bar.setVisible(true);
        setVisible(true);
    }

    void finished(HasEnabled link) {
        link.setEnabled(true);
        setVisible(false);
    }

    void failed(HasEnabled link) {
        link.setEnabled(true);
        bar.setVisible(false);
        text.setText(getTranslation("download.failed"));
        setVisible(true);
    }
}
