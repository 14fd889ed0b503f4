package org.grenier.acquisition.jssc.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.grenier.acquisition.internal.SensorAcquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.store.Store;
import org.grenier.store.internal.H2StoreOpener;

/**
 * The process the kill test kills: records a port into a store and prints how many readings were acknowledged
 * (committed) every few milliseconds, until it is killed.
 * Arguments: STORE_FOLDER PORT PROFILE_FILE
 */
public final class AcquireChild {

    private AcquireChild() {
    }

    public static void main(String[] args) throws Exception {
        DeviceProfile profile = DeviceProfileText.parse(Files.readString(Path.of(args[2])), args[2]).orElseThrow();
        Store store = new H2StoreOpener().open(Path.of(args[0])).orElseThrow();
        SensorAcquisition acquisition = new SensorAcquisition(new JsscDriver());
        acquisition.start(store, args[1], profile).orElseThrow();
        while (true) {
            long acknowledged = acquisition.sessions().get(0).committed();
            System.out.println("acknowledged " + acknowledged);
            System.out.flush();
            Thread.sleep(5);
        }
    }
}
