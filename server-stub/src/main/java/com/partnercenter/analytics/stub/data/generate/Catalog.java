package com.partnercenter.analytics.stub.data.generate;

import java.util.List;

/** The fixed reference data the generator draws from: markets, products, meters, workloads, names. */
final class Catalog {
    private Catalog() {
    }

    record Weighted<T>(T value, int weight) {
    }

    record Workload(String code, String name) {
    }

    /** Subscription types with a special meaning for the generator; the others are licensed terms. */
    static final String AZURE_TYPE = "Azure";
    static final String UNKNOWN_TYPE = "UNKNOWN";

    record Product(String name, String subscriptionType, String serviceCode, String serviceName, int weight,
                   boolean licensed, List<Workload> workloads, String[] friendlyNames) {
        /** Azure subscriptions bill monthly for usage, have no term and no license analytics. */
        boolean azure() {
            return AZURE_TYPE.equals(subscriptionType);
        }

        /** Subscriptions of the service's {@code UNKNOWN} type: licenses but no term and no license analytics. */
        boolean unknownType() {
            return UNKNOWN_TYPE.equals(subscriptionType);
        }

        /** Subscriptions bought for a monthly or annual term (every type but Azure and unknown). */
        boolean termed() {
            return !azure() && !unknownType();
        }
    }

    record Meter(String category, String subcategory, String unit, String serviceType, boolean reservable,
                 boolean hasConsumptionMeterId, int dailyMin, int dailyMax) {
    }

    static final List<Weighted<String>> MARKETS = List.of(
            new Weighted<>("US", 28), new Weighted<>("GB", 9), new Weighted<>("DE", 8), new Weighted<>("FR", 6),
            new Weighted<>("CA", 5), new Weighted<>("AU", 5), new Weighted<>("JP", 4), new Weighted<>("IN", 4),
            new Weighted<>("NL", 3), new Weighted<>("BR", 3), new Weighted<>("ES", 3), new Weighted<>("IT", 3),
            new Weighted<>("SE", 2), new Weighted<>("MX", 2), new Weighted<>("CN", 2), new Weighted<>("KR", 2),
            new Weighted<>("CH", 2), new Weighted<>("BE", 2), new Weighted<>("DK", 1), new Weighted<>("NO", 1),
            new Weighted<>("PL", 1), new Weighted<>("NZ", 1), new Weighted<>("SG", 1), new Weighted<>("IE", 1),
            new Weighted<>("AT", 1), new Weighted<>("ZA", 1));

    static final Workload EXO = new Workload("EXO", "Exchange");
    static final Workload SPO = new Workload("SPO", "SharePoint");
    static final Workload SFB = new Workload("SFB", "Skype For Business");
    static final Workload ODB = new Workload("ODB", "OneDrive for Business");
    static final Workload TEAMS = new Workload("TEAMS", "Microsoft Teams");
    static final Workload CRM = new Workload("CRM", "Microsoft Dynamics CRM");
    static final Workload INTUNE = new Workload("INTUNE", "Microsoft Intune");
    static final Workload AADP = new Workload("AADP", "Azure Active Directory Premium");
    static final List<Workload> WORKLOADS = List.of(EXO, SPO, SFB, ODB, TEAMS, CRM, INTUNE, AADP);

    private static final String O365 = "o365";
    private static final String O365_NAME = "Microsoft Office 365";

    static final List<Product> PRODUCTS = List.of(
            new Product("OFFICE 365 BUSINESS PREMIUM", "Office", O365, O365_NAME, 14, true, List.of(EXO, SPO, SFB, ODB, TEAMS),
                    new String[]{"FULL OFFICE SUITE", "OFFICE 365 BUSINESS PREMIUM", "Office for staff"}),
            new Product("OFFICE 365 ENTERPRISE E3", "Office", O365, O365_NAME, 10, true, List.of(EXO, SPO, SFB, ODB, TEAMS),
                    new String[]{"OFFICE 365 ENTERPRISE E3", "E3 licenses", "Head office E3"}),
            new Product("OFFICE 365 ENTERPRISE E1", "Office", O365, O365_NAME, 5, true, List.of(EXO, SPO, SFB, ODB),
                    new String[]{"OFFICE 365 ENTERPRISE E1", "Frontline E1"}),
            new Product("OFFICE 365 BUSINESS ESSENTIALS", "Office", O365, O365_NAME, 6, true, List.of(EXO, SPO, SFB),
                    new String[]{"OFFICE 365 BUSINESS ESSENTIALS", "Mail and files"}),
            new Product("EXCHANGE ONLINE (PLAN 1)", "Office", O365, O365_NAME, 5, true, List.of(EXO),
                    new String[]{"EXCHANGE ONLINE (PLAN 1)", "Mailboxes"}),
            new Product("EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE", "Office", O365, O365_NAME, 2, true, List.of(EXO),
                    new String[]{"MAIL ARCHIVE"}),
            new Product("DOMESTIC AND INTERNATIONAL CALLING PLAN", "Office", O365, O365_NAME, 2, true, List.of(SFB),
                    new String[]{"CALLING PLAN"}),
            new Product("MICROSOFT 365 BUSINESS PREMIUM", "Microsoft365", O365, O365_NAME, 6, true, List.of(EXO, SPO, ODB, TEAMS, INTUNE),
                    new String[]{"MICROSOFT 365 BUSINESS PREMIUM", "M365 for all staff"}),
            new Product("MICROSOFT 365 E3", "Microsoft365", O365, O365_NAME, 3, true, List.of(EXO, SPO, ODB, TEAMS, INTUNE),
                    new String[]{"MICROSOFT 365 E3"}),
            new Product("MICROSOFT 365 E5", "M365", O365, O365_NAME, 1, true, List.of(EXO, SPO, ODB, TEAMS, INTUNE, AADP),
                    new String[]{"MICROSOFT 365 E5"}),
            new Product("DYNAMICS 365 FOR SALES", "Dynamics", "crm", "Microsoft Dynamics", 4, true, List.of(CRM),
                    new String[]{"DYNAMICS 365 FOR SALES", "Sales team CRM"}),
            new Product("DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS", "Dynamics", "crm", "Microsoft Dynamics", 2, true, List.of(CRM),
                    new String[]{"BUSINESS CENTRAL"}),
            new Product("DYNAMICS AX TASK", "Dynamics", "crm", "Microsoft Dynamics", 1, true, List.of(CRM),
                    new String[]{"DYNAMICS AX TASK"}),
            new Product("ENTERPRISE MOBILITY + SECURITY E3", "EMS", "ems", "Enterprise Mobility + Security", 6, true, List.of(INTUNE, AADP),
                    new String[]{"ENTERPRISE MOBILITY + SECURITY E3", "EMS E3"}),
            new Product("WINDOWS 10 ENTERPRISE E3", "Windows", "win", "Windows", 2, true, List.of(),
                    new String[]{"WINDOWS 10 ENTERPRISE E3"}),
            new Product("MICROSOFT AZURE", "Azure", "azure", "Microsoft Azure", 21, false, List.of(),
                    new String[]{"MICROSOFT AZURE", "Azure production", "Azure dev/test", "Azure plan"}),
            new Product("UNKNOWN", "Azure", "azure", "Microsoft Azure", 4, false, List.of(),
                    new String[]{"MICROSOFT AZURE"}),
            new Product("UNKNOWN", "UNKNOWN", "unknown", "Unknown", 3, true, List.of(),
                    new String[]{"UNKNOWN"}));

    static final List<Meter> METERS = List.of(
            new Meter("Virtual Machines", "D2s v3", "Hours", "Standard_D2s_v3", true, true, 1, 24),
            new Meter("Virtual Machines", "E4s v3", "Hours", "Standard_E4s_v3", true, true, 1, 24),
            new Meter("Virtual Machines", "B2ms", "Hours", "Standard_B2ms", true, true, 1, 24),
            new Meter("Virtual Machines", "F4s v2", "Hours", "Standard_F4s_v2", true, true, 1, 24),
            new Meter("Storage", "Geo Redundant", "GB", "", false, true, 1, 5000),
            new Meter("Storage", "Locally Redundant", "GB", "", false, true, 1, 2000),
            new Meter("Storage", "Tables", "10,000s", "", false, true, 1, 300),
            new Meter("Data Management", "None", "10,000s", "", false, false, 1, 120),
            new Meter("Networking", "Bandwidth", "GB", "", false, true, 0, 800),
            new Meter("Networking", "IP Addresses", "Hours", "", false, true, 24, 24),
            new Meter("SQL Database", "Standard", "Hours", "", false, true, 1, 24),
            new Meter("SQL Database", "General Purpose", "vCore Hours", "", false, true, 2, 96),
            new Meter("App Service", "Basic", "Hours", "", false, true, 1, 24),
            new Meter("Azure Cosmos DB", "None", "100 RU/s", "", false, true, 4, 2400),
            new Meter("Functions", "None", "10,000s", "", false, false, 1, 5000),
            new Meter("Azure Monitor", "None", "GB", "", false, true, 1, 50),
            new Meter("Key Vault", "None", "10,000s", "", false, false, 1, 40),
            new Meter("Backup", "None", "GB", "", false, true, 10, 4000));

    static final List<String> AZURE_LOCATIONS = List.of("useast", "useast2", "uswest", "uswest2", "uscentral",
            "euwest", "eunorth", "ukwest", "uksouth", "asiaeast", "asiasoutheast", "japaneast", "australiaeast",
            "brazilsouth", "canadacentral", "indiacentral", "germanywestcentral", "francecentral");

    static final List<String> NAME_STEMS = List.of("Contoso", "Fabrikam", "Northwind", "Adatum", "Litware", "Tailspin",
            "Wingtip", "Woodgrove", "Proseware", "Lucerne", "Alpine Ski", "Coho", "Fourth Coffee", "Humongous",
            "Margie's", "Trey", "Wide World", "Blue Yonder", "Relecloud", "VanArsdel", "Lamna", "Bellows", "Munson's",
            "Southridge", "Nod", "Tasmanian", "O'Brien", "Graphic Design", "Consolidated", "First Up");
    static final List<String> NAME_QUALIFIERS = List.of("", "North", "Pacific", "Metro", "Global", "United", "Coastal",
            "Summit", "Pioneer", "Harbor", "Eastside", "Capital");
    static final List<String> NAME_INDUSTRIES = List.of("Logistics", "Retail", "Health", "Foods", "Energy", "Consulting",
            "Media", "Motors", "Pharma", "Travel", "Bank", "Insurance", "Labs", "Systems", "Outfitters", "Winery",
            "Airlines", "Architects", "Legal", "Education");

    static String legalSuffix(String market, int pick) {
        return switch (market) {
            case "US", "CA" -> pick % 2 == 0 ? "Inc" : "LLC";
            case "GB", "IE", "NZ", "AU", "ZA", "SG", "IN" -> pick % 2 == 0 ? "Ltd" : "plc";
            case "DE", "AT", "CH" -> pick % 2 == 0 ? "GmbH" : "AG";
            case "FR", "BE" -> pick % 2 == 0 ? "SA" : "SARL";
            case "NL" -> "B.V.";
            case "JP" -> "K.K.";
            case "ES", "MX" -> "S.A.";
            case "IT" -> "S.p.A.";
            case "SE", "NO", "DK" -> "AB";
            case "BR" -> "Ltda";
            case "PL" -> "Sp. z o.o.";
            default -> "Co";
        };
    }

    static final List<String> RESELLER_STEMS = List.of("Cloud", "Bright", "Nimbus", "Apex", "Vertex", "Blue Sky",
            "Clear Path", "Skyline", "Keystone", "Atlas", "Beacon", "Cobalt", "Evergreen", "Ironclad", "Quantum");
    static final List<String> RESELLER_KINDS = List.of("IT Services", "Solutions", "Technology", "Networks",
            "Computing", "Digital", "Systems Integration", "Managed Services");

    static final List<Weighted<String>> ORG_SIZES = List.of(new Weighted<>("1to9employees", 20),
            new Weighted<>("10to50employees", 30), new Weighted<>("51to250employees", 25),
            new Weighted<>("251to1000employees", 14), new Weighted<>("1001to10000employees", 8),
            new Weighted<>("over10000employees", 3));

    /** The markets of the partner's search profiles (search rows and referrals). */
    static final List<Weighted<String>> PROFILE_MARKETS = List.of(new Weighted<>("US", 60),
            new Weighted<>("CA", 15), new Weighted<>("GB", 15), new Weighted<>("CN", 10));

    static final List<String> INDUSTRY_FOCUS = List.of("Healthcare", "Retail", "Manufacturing", "Financial services",
            "Education", "Government", "Media", "Professional services", "Energy", "Hospitality");
    static final List<String> SEARCH_PRODUCTS = List.of("Microsoft 365", "Azure", "Dynamics 365", "Teams",
            "SharePoint", "Power BI", "Windows 11", "Intune", "Exchange Online");
    static final List<String> SEARCH_TEXTS = List.of("cloud migration", "microsoft 365 partner", "azure consulting",
            "teams telephony", "dynamics crm", "sharepoint intranet", "security assessment", "backup", "power bi dashboards");
}
