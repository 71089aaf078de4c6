namespace Inspection.Parity;

/// <summary>What a host made of a request, in the terms both hosts share.</summary>
public enum HostAnswer
{
    Done,
    Denied,
    NotFound,
    Invalid,
}
