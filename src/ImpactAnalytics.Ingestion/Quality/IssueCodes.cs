namespace ImpactAnalytics.Ingestion.Quality;

/// <summary>
/// The stable codes of the data issues ingestion reports (kebab-case with a dotted family prefix). They are part of
/// <c>data_quality.csv</c> and quarantine files, so they change only on purpose.
/// </summary>
public static class IssueCodes
{
    // The file as a whole (line 0).
    public const string FileNotFound = "file.not-found";
    public const string FileEmpty = "file.empty";
    public const string FileHeaderOnly = "file.header-only";
    public const string FileBinary = "file.binary";
    public const string FileZip = "file.zip-archive";
    public const string FileUtf16 = "file.utf16";
    public const string FileTruncated = "file.truncated";
    public const string FileUnreadable = "file.unreadable";
    public const string FileMissingColumn = "file.missing-column";
    public const string FileEncodingFallback = "file.encoding-windows-1252";

    // A row's shape.
    public const string RowFieldCount = "row.field-count";
    public const string RowUnclosedQuote = "row.unclosed-quote";

    // Shared field checks.
    public const string EnterpriseNumberMalformed = "enterprise-number.malformed";
    public const string EnterpriseNumberCheckDigits = "enterprise-number.check-digits";
    public const string YearMalformed = "year.malformed";
    public const string YearOutsideStudy = "year.outside-study";
    public const string DateMalformed = "date.malformed";

    // Annual accounts (long form, JSON filings, firm-year table).
    public const string AccountsPeriodMalformed = "accounts.period-malformed";
    public const string AccountsSchemeMalformed = "accounts.scheme-malformed";
    public const string AccountsSchemeConflict = "accounts.scheme-conflict";
    public const string AccountsMonthsMalformed = "accounts.months-malformed";
    public const string AccountsFinancialYearLength = "accounts.financial-year-length";
    public const string AccountsValueMissing = "accounts.value-missing";
    public const string AccountsValueNonNumeric = "accounts.value-non-numeric";
    public const string AccountsFteNegative = "accounts.fte-negative";
    public const string AccountsValueOutOfRange = "accounts.value-out-of-range";
    public const string AccountsDuplicate = "accounts.duplicate";
    public const string AccountsCodeUnused = "accounts.code-unused";
    public const string AccountsPriorPeriodSuperseded = "accounts.prior-period-superseded";
    public const string AccountsFirmNotInRegister = "accounts.firm-not-in-register";
    public const string FilingsMalformed = "filings.malformed";
    public const string FilingsMissingField = "filings.missing-field";
    public const string FilingsSupersededDeposit = "filings.superseded-deposit";
    public const string FilingsEmptyFolder = "filings.empty-folder";

    // The set of inputs.
    public const string InputsNoAccounts = "inputs.no-accounts";
    public const string InputsAccountsAndFirmYears = "inputs.accounts-and-firm-years";

    // Firm register.
    public const string RegisterDuplicate = "register.duplicate";
    public const string RegisterNaceMalformed = "register.nace-malformed";
    public const string RegisterNaceUnknown = "register.nace-unknown";
    public const string RegisterNaceVersion = "register.nace-version";
    public const string RegisterFoundedMalformed = "register.founded-malformed";

    // Memberships.
    public const string MembershipNotInRegister = "memberships.not-in-register";
    public const string MembershipEndsBeforeStart = "memberships.end-before-start";
    public const string MembershipClusterMissing = "memberships.cluster-missing";
    public const string MembershipDuplicate = "memberships.duplicate";
}
