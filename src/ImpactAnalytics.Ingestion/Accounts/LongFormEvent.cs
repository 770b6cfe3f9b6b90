namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Something a parse worker found that goes to the log, replayed by the pivot in file order: a rejected row, or a
/// row of a firm that is not in the register (reported once per firm, which only the in-order pass can decide).
/// </summary>
/// <param name="Before">Index of the block's first valid row that comes after this event.</param>
/// <param name="Line">Physical line of the row.</param>
/// <param name="Column">Column name the issue names.</param>
/// <param name="Code">Issue code.</param>
/// <param name="Message">Issue message.</param>
/// <param name="Fields">The row's fields, for quarantine.</param>
/// <param name="UnregisteredFirm">The enterprise number of an unregistered firm; -1 for a plain reject.</param>
internal sealed record LongFormEvent(
    int Before, long Line, string Column, string Code, string Message, string[] Fields, long UnregisteredFirm);
