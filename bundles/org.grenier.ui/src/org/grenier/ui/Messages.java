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
    public static String ImportJob_Name;
    public static String ImportJob_NoStore;
    public static String ImportJob_File;
    public static String ImportResults_File;
    public static String ImportResults_Rejected;
    public static String ImportResults_Line;
    public static String ImportWizard_Title;
    public static String ImportWizard_FilesTitle;
    public static String ImportWizard_FilesDescription;
    public static String ImportWizard_Add;
    public static String ImportWizard_Remove;
    public static String ImportWizard_PreviewTitle;
    public static String ImportWizard_PreviewDescription;
    public static String ImportWizard_File;
    public static String ImportWizard_Profile;
    public static String ImportWizard_Reading;
    public static String ImportWizard_Automatic;
    public static String ImportWizard_AutomaticChose;
    public static String ImportWizard_Format;
    public static String ImportWizard_Extras;
    public static String ImportWizard_AllGood;
    public static String ImportWizard_SomeRefused;
    public static String ImportWizard_Problem;
    public static String ImportWizard_LineProblem;
    public static String History_Import;
    public static String History_Undo;
    public static String History_Batch;
    public static String History_When;
    public static String History_File;
    public static String History_Profile;
    public static String History_Added;
    public static String History_Rejected;
    public static String History_Already;
    public static String History_State;
    public static String History_Stored;
    public static String History_Undone;
    public static String History_Hint;
    public static String History_Reading;
    public static String History_Details;
    public static String History_NoRejected;
    public static String History_UndoTitle;
    public static String History_UndoQuestion;
    public static String History_Undoing;
    public static String History_UndoneText;
    public static String Backup_Job;
    public static String Backup_Title;
    public static String Backup_Done;
    public static String Restore_Job;
    public static String Restore_Title;
    public static String Restore_Question;
    public static String Restore_Done;
    public static String ImportWizard_SaveProfile;
    public static String ImportWizard_ProfileName;
    public static String ImportWizard_ProfileNameMissing;
    public static String ImportWizard_Saving;
    public static String ImportWizard_Saved;
    public static String ImportWizard_Edited;
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
