namespace Inspection.Application.Operations;

/// <summary>
/// One section of <c>inspection check</c>. EXTENSION POINT: a new section is a class implementing this, registered in
/// <see cref="ApplicationServiceCollectionExtensions.AddInspectionApplication"/> with
/// <c>TryAddEnumerable(ServiceDescriptor.Scoped&lt;IIntegrityCheckSection, T&gt;())</c>; sections run and report in
/// registration order.
/// </summary>
public interface IIntegrityCheckSection
{
    /// <summary>A short stable name for the JSON report (<c>originals</c>, <c>index</c>).</summary>
    string Name { get; }

    /// <summary>The section's heading in the readable report.</summary>
    string Title { get; }

    Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken);
}
