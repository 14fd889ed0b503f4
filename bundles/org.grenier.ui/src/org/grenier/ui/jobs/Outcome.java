package org.grenier.ui.jobs;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.grenier.ui.Numbers;

/**
 * A Job's result when some of its items failed (files of an import, products of a training): one error per item,
 * gathered under a count when there are several. Returned as the Job's result, the failures land in the Problems
 * part like any other failed work and stay there once the dialog or part that started the Job is gone.
 */
public final class Outcome {

    private Outcome() {
    }

    /** OK without failures; the failure itself when it is alone; else the failures under {@code many}'s count. */
    public static IStatus of(List<String> failures, String many) {
        IStatus[] failed = failures.stream().map(Status::error).toArray(IStatus[]::new);
        if (failed.length <= 1) {
            return failed.length == 0 ? Status.OK_STATUS : failed[0];
        }
        return new MultiStatus(Outcome.class, 0, failed, Numbers.phrase(many, failed.length), null);
    }
}
