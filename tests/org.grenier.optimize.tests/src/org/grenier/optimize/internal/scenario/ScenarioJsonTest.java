package org.grenier.optimize.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.planning.Scenarios;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    private final Scenarios scenarios = OsgiServices.get(Scenarios.class);

    @Test
    void aScenarioReadsBackAsItWasWritten() {
        Scenario dry = new Scenario("Dry summer", "harvest down, heat wave", List.of(
                new ScenarioChange(ChangeKind.PRODUCTION, "sku:BLE-T1", 0.8, null, null),
                new ScenarioChange(ChangeKind.TEMPERATURE, "VAL-S1", 6, LocalDate.of(2027, 7, 10),
                        LocalDate.of(2027, 7, 25)),
                new ScenarioChange(ChangeKind.LEAD_TIME, "*", 3, null, null),
                new ScenarioChange(ChangeKind.BUDGET, "*", 50_000, null, null)));
        String json = scenarios.format(dry);
        assertTrue(json.contains("\"shift\": 6.0") && json.contains("\"from\": \"2027-07-10\""), json);
        assertEquals(dry, scenarios.parse(json, "dry.json").orElseThrow());
    }

    @Test
    void aMistakeSaysWhichChangeAndWhichKey() {
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"demand\", \"factor\": 1.2},"
                + " {\"kind\": \"demand\", \"factor\": \"lots\"}]}", "x.json: change 2 (demand): \"factor\" must be a number");
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"demnd\", \"factor\": 1.2}]}",
                "x.json: change 1: \"kind\" must be one of [demand, lead_time");
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"lead_time\", \"days\": 2, \"from\": \"2027-01-01\"}]}",
                "change 1 (lead_time): a lead_time change holds over the whole horizon");
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"capacity\", \"factor\": -1}]}",
                "change 1 (capacity): 'factor' of a capacity change must be a positive number, was -1.0");
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"demand\", \"factor\": 2, \"scope\": \"BLE\"}]}",
                "the scope of a demand change is *, sku:CODE, category:NAME or sector:NAME, not 'BLE'");
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"price\", \"factr\": 2}]}",
                "change 1 (price): unknown key \"factr\"");
        assertError("{\"name\": \"X\", \"changes\": [{\"kind\": \"demand\", \"factor\": 2, \"from\": \"14/07/2027\"}]}",
                "\"from\" must be a date such as 2027-07-14, was '14/07/2027'");
        assertError("{\"changes\": []}", "x.json: the scenario needs a \"name\"");
        assertError("{\"name\": \"X\",", "x.json: not valid JSON");
    }

    private void assertError(String json, String expected) {
        Result<Scenario> parsed = scenarios.parse(json, "x.json");
        assertTrue(parsed.failed(), json);
        assertTrue(parsed.message().contains(expected), parsed.message());
    }
}
