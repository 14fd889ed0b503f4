package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.imports.ColumnRule;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.ProfileText;
import org.junit.jupiter.api.Test;

/** The shipped profiles, their text form, profiles saved in the store, and choosing one from a file's header. */
class ProfilesTest extends ImportTestBase {

    @Test
    void everyBuiltInProfileSurvivesItsTextForm() {
        List<MappingProfile> builtIn = BuiltInProfiles.all();
        assertEquals(BuiltInProfiles.FILES.size(), builtIn.size());
        for (MappingProfile profile : builtIn) {
            assertEquals(profile, ProfileText.parse(ProfileText.write(profile), profile.name()).orElseThrow());
            assertTrue(profile.unmappedRequiredFields().isEmpty(), profile.name());
        }
    }

    @Test
    void aMisspeltSettingIsAnErrorNotSilence() {
        Result<MappingProfile> parsed = ProfileText.parse("name = x\ntarget = SALES_LINE\ncolumn.quantty = Qty\n",
                "mine.properties");
        assertTrue(parsed.failed());
        assertTrue(parsed.message().startsWith("Profile mine.properties cannot be read: unknown setting "
                + "'column.quantty'"), parsed.message());
    }

    @Test
    void anOdooExportIsRecognisedAndConvertedByItsProfile() throws IOException {
        Path file = fixture.write("sale.order.line.csv", """
                "Order Reference","Order Reference/Order Date","Product/Internal Reference","Quantity","Subtotal","Customer"
                "S00012","2025-03-04 09:15:00","BLE-T1","2.00","48.00","Azure Interior"
                "S00013","2025-03-05 10:00:00","POM-GALA","12.00","17.40","Deco Addict"
                """, StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Odoo sales order lines", report.profile());
        assertEquals(2, report.accepted());
    }

    @Test
    void aDolibarrExportIsRecognisedByItsFrenchLabels() throws IOException {
        Path file = fixture.write("export_facture_1.csv", """
                Réf. facture;Date facturation;Réf. produit;Qté;Montant HT ligne;Nom tiers;Ville
                FA2503-0001;04/03/2025;BLE-T1;3;72,00;Boulangerie Martin;Dijon
                """, FrenchExportImportTest.CP1252);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Dolibarr invoice lines", report.profile());
        assertEquals(1, report.accepted());
        assertEquals("Dijon", fixture.store.sales("BLE-T1").orElseThrow().get(0).deliveryZone());
    }

    @Test
    void aSavedProfileIsEditableAndWinsOverTheBuiltInOfTheSameName() throws IOException {
        MappingProfile edited = fixture.profile("Generic sales lines").withRule(new ColumnRule(
                ImportField.SALE_QUANTITY, List.of("kilos"), java.util.Map.of(), new BigDecimal("0.01"), false, null));
        fixture.store.imports().saveProfile(edited).orElseThrow();
        assertEquals(edited, fixture.profile("Generic sales lines"));
        Path file = fixture.write("kilos.csv", "date;article;kilos\n01/03/2025;BLE-T1;250\n", StandardCharsets.UTF_8);
        fixture.importAuto(file).orElseThrow();
        assertEquals(0, new BigDecimal("2.5").compareTo(fixture.store.sales("BLE-T1").orElseThrow().get(0).quantity()),
                "250 kg read as 2.5 quintals by the saved profile's scale");
        assertTrue(fixture.store.imports().deleteProfile("Generic sales lines").orElseThrow());
        assertEquals(BuiltInProfiles.all().get(0), fixture.profile("Generic sales lines"));
    }

    @Test
    void signAndCodeConversionsApply() throws IOException {
        MappingProfile profile = MappingProfile.generic("returns", org.grenier.core.imports.ImportTarget.SALES_LINE)
                .withRule(new ColumnRule(ImportField.SALE_QUANTITY, List.of("returned"), java.util.Map.of(),
                        BigDecimal.ONE, true, null))
                .withRule(new ColumnRule(ImportField.SALE_SKU, List.of("item"), java.util.Map.of("blé", "BLE-T1"),
                        BigDecimal.ONE, false, null));
        Path file = fixture.write("returns.csv", "sold_at,item,returned\n2025-03-01,Blé,4\n", StandardCharsets.UTF_8);
        fixture.importer.importFile(fixture.store, file, profile, new org.eclipse.core.runtime.NullProgressMonitor())
                .orElseThrow();
        assertEquals(0, new BigDecimal("-4").compareTo(fixture.store.sales("BLE-T1").orElseThrow().get(0).quantity()));
    }

    @Test
    void aFileNoProfileRecognisesGetsTheColumnsNamed() throws IOException {
        Path file = fixture.write("odd.csv", "foo,bar\n1,2\n", StandardCharsets.UTF_8);
        Result<MappingProfile> chosen = fixture.importer.chooseProfile(fixture.store, file);
        assertTrue(chosen.failed());
        assertTrue(chosen.message().contains("([foo, bar])"), chosen.message());
    }
}
