namespace Inspection.Ingestion.Enrichment;

/// <summary>Kinds of inspection activity, as stored (invariant ids).</summary>
public static class VisitKinds
{
    public const string FullInspection = "full-inspection";
    public const string ShortInspection = "short-inspection";
    public const string FocusedVisit = "focused-visit";
    public const string MonitoringVisit = "monitoring-visit";
    public const string Jtai = "jtai";
    public const string AreaSendInspection = "area-send-inspection";
    public const string SendRevisit = "send-revisit";
    public const string SchoolInspection = "school-inspection";
}
