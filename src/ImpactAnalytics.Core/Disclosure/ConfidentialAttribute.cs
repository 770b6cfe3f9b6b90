namespace ImpactAnalytics.Core.Disclosure;

/// <summary>
/// Marks a result type that carries firm-level figures (METHODS §6): it may be written only to the
/// <c>confidential/</c> folder and never to the PDF, the workbook or the published tables.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ConfidentialAttribute : Attribute;
