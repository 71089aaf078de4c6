namespace Inspection.Content.Model;

/// <summary>Which version of an item a read wants, as in Orchard Core.</summary>
public enum VersionOptions
{
    Latest,
    Published,
}
