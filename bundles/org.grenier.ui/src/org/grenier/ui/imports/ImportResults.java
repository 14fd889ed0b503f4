package org.grenier.ui.imports;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.Result;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Rejection;
import org.grenier.ui.Messages;

/** The text a planner reads after an import: per file, what was added or refused and where the refused rows are. */
final class ImportResults {

    private static final int SHOWN_REJECTIONS = 8;

    private ImportResults() {
    }

    static String describe(List<Result<ImportReport>> results) {
        StringBuilder text = new StringBuilder();
        for (Result<ImportReport> result : results) {
            if (result.failed()) {
                text.append(result.message()).append("\n\n");
                continue;
            }
            ImportReport report = result.value();
            text.append(NLS.bind(Messages.ImportResults_File, new Object[] { report.file().getFileName(),
                    report.accepted(), report.rejected(), report.alreadyStored(), report.batchId() })).append('\n');
            text.append(NLS.bind(Messages.ImportWizard_Format, ImportWords.format(report.format()))).append('\n');
            report.rejectedFile().ifPresent(file -> text.append(NLS.bind(Messages.ImportResults_Rejected, file))
                    .append('\n'));
            for (Rejection rejection : report.firstRejections().stream().limit(SHOWN_REJECTIONS).toList()) {
                String reason = RejectionText.reason(rejection);
                text.append("  ").append(RejectionText.hasColumn(rejection)
                        ? NLS.bind(Messages.ImportResults_LineColumn, new Object[] { rejection.line(),
                            rejection.column(), reason })
                        : NLS.bind(Messages.ImportWizard_LineProblem, rejection.line(), reason)).append('\n');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }
}
