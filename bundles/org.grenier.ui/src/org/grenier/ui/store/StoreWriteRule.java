package org.grenier.ui.store;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Jobs that write to the store hold this rule, so they run one after another while reading jobs run freely. */
public final class StoreWriteRule implements ISchedulingRule {

    public static final StoreWriteRule INSTANCE = new StoreWriteRule();

    private StoreWriteRule() {
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule == this;
    }
}
