package org.grenier.ui.imports;

import org.grenier.core.Texts;

/**
 * The import's words: how a file was read, the fields, the profiles Grenier ships and what they fill, why a row was
 * refused. Filled from import_texts.properties in the language Grenier speaks.
 */
public final class ImportTexts {

    public static final String BUNDLE = "org.grenier.ui.imports.import_texts";

    public static String Field_amount;
    public static String Field_capacity;
    public static String Field_capacity_unit;
    public static String Field_category;
    public static String Field_code;
    public static String Field_counted_at;
    public static String Field_customer;
    public static String Field_delivery_zone;
    public static String Field_holding_rate;
    public static String Field_humidity;
    public static String Field_issued_at;
    public static String Field_kind;
    public static String Field_lead_time_days;
    public static String Field_lead_time_sd_days;
    public static String Field_minimum_order;
    public static String Field_moved_at;
    public static String Field_name;
    public static String Field_observed_at;
    public static String Field_order_cost;
    public static String Field_order_ref;
    public static String Field_pack_size;
    public static String Field_planned_for;
    public static String Field_precipitation;
    public static String Field_price;
    public static String Field_quantity;
    public static String Field_sector;
    public static String Field_shelf_life_days;
    public static String Field_site;
    public static String Field_sku;
    public static String Field_sold_at;
    public static String Field_station;
    public static String Field_status;
    public static String Field_storage_unit;
    public static String Field_temperature;
    public static String Field_type;
    public static String Field_unit;
    public static String Field_unit_cost;
    public static String Field_unit_volume;
    public static String Field_wind_speed;
    public static String Target_SALES_LINE;
    public static String Target_STOCK_LEVEL;
    public static String Target_SKU;
    public static String Target_PRODUCTION_PLAN;
    public static String Target_WEATHER;
    public static String Target_STORAGE_UNIT;
    public static String Target_SUPPLY_TERMS;
    public static String Target_STOCK_MOVEMENT;
    public static String Format_WithBom;
    public static String Format_Delimited;
    public static String Format_TabDelimited;
    public static String Format_DecimalComma;
    public static String Format_DecimalPoint;
    public static String Format_DayFirst;
    public static String Format_MonthFirst;
    public static String Format_Header;
    public static String Format_NoHeader;
    public static String Format_DatesGuessed;
    public static String Format_FieldKey;
    public static String Profile_Dolibarr_invoice_lines;
    public static String Profile_Dolibarr_products;
    public static String Profile_Generic_sales_lines;
    public static String Profile_Odoo_products;
    public static String Profile_Odoo_sales_order_lines;
    public static String Profile_Odoo_stock_on_hand;
    public static String Profile_Product_catalogue;
    public static String Profile_Production_plan;
    public static String Profile_Stock_movements;
    public static String Profile_Stock_snapshot;
    public static String Profile_Storage_units;
    public static String Profile_Supply_terms;
    public static String Profile_Weather;
    public static String Rejection_ShiftedCells;
    public static String Rejection_NotANumber;
    public static String Rejection_NotAWholeNumber;
    public static String Rejection_NotADate;
    public static String Rejection_DateOutOfRange;
    public static String Rejection_NotAValidDate;
    public static String Rejection_TooLong;
    public static String Rejection_OutOfRange;
    public static String Rejection_Above;
    public static String Rejection_AboveAtMost;
    public static String Rejection_AtLeast;
    public static String Rejection_Between;
    public static String Rejection_TooLarge;
    public static String Rejection_Required;
    public static String Rejection_UnknownStorageUnit;
    public static String Rejection_UnknownProduct;
    public static String Rejection_UnknownSite;
    public static String Rejection_NegativeQuantity;
    public static String Rejection_Repeated;
    public static String Rejection_Conflict;
    public static String Rejection_ConflictNotImported;
    public static String Rejection_SameContent;
    public static String Rejection_SameCount;
    public static String Rejection_SameProduct;
    public static String Rejection_SameProduction;
    public static String Rejection_SameWeather;
    public static String Rejection_SameStorageUnit;

    static {
        Texts.load(BUNDLE, ImportTexts.class);
    }

    private ImportTexts() {
    }
}
