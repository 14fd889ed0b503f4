package org.grenier.ui;

import org.eclipse.osgi.util.NLS;

/** Texts the workbench shows, in English and French (messages*.properties beside this class). */
public final class Messages extends NLS {

    public static String StorePart_Opening;
    public static String StorePart_Empty;
    public static String StorePart_Failed;
    public static String StorePart_Contents;
    public static String StorePart_Products;
    public static String StorePart_Kind;
    public static String StorePart_Count;
    public static String StorePart_Code;
    public static String StorePart_Name;
    public static String StorePart_Category;
    public static String StorePart_Unit;
    public static String StorePart_ShelfLife;
    public static String RecordKind_SKU;
    public static String RecordKind_SITE;
    public static String RecordKind_STORAGE_UNIT;
    public static String RecordKind_STOCK_MOVEMENT;
    public static String RecordKind_SALES_LINE;
    public static String RecordKind_SENSOR_READING;
    public static String RecordKind_STOCK_LEVEL;
    public static String RecordKind_PRODUCTION_PLAN;
    public static String RecordKind_WEATHER;
    public static String RecordKind_IMPORT_BATCH;
    public static String StoreJob_Opening;
    public static String StoreJob_LoadingDemo;
    public static String StoreJob_Reading;
    public static String Status_Opening;
    public static String Status_Ready;
    public static String Status_Failed;
    public static String About_Title;
    public static String About_Text;

    static {
        NLS.initializeMessages("org.grenier.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
