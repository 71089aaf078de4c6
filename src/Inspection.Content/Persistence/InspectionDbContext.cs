using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Persistence;

/// <summary>The store's tables; one derived context per provider carries that provider's migrations.</summary>
public abstract class InspectionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentTypeDefinitionRecord> ContentTypeDefinitions => Set<ContentTypeDefinitionRecord>();

    public DbSet<ContentPartDefinitionRecord> ContentPartDefinitions => Set<ContentPartDefinitionRecord>();

    public DbSet<RoleRecord> Roles => Set<RoleRecord>();

    public DbSet<PassageRecord> Passages => Set<PassageRecord>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<FindingLinkRecord> FindingLinks => Set<FindingLinkRecord>();

    public DbSet<IndexingTaskRecord> IndexingTasks => Set<IndexingTaskRecord>();

    public DbSet<IndexingFailureRecord> IndexingFailures => Set<IndexingFailureRecord>();

    public DbSet<IngestionJobRecord> IngestionJobs => Set<IngestionJobRecord>();

    public DbSet<IngestionJobItemRecord> IngestionJobItems => Set<IngestionJobItemRecord>();

    public DbSet<AuditLogRecord> AuditLog => Set<AuditLogRecord>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<SavedSearchRecord> SavedSearches => Set<SavedSearchRecord>();

    public DbSet<SavedSearchVisitRecord> SavedSearchVisits => Set<SavedSearchVisitRecord>();

    /// <summary>The SQL filter selecting rows whose boolean <paramref name="column"/> is true, in this provider's dialect.</summary>
    protected abstract string IsTrueFilter(string column);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(c => c.Id);
            e.Property(c => c.ContentItemId).IsRequired();
            e.Property(c => c.ContentItemVersionId).IsRequired();
            e.Property(c => c.ContentType).IsRequired();
            e.Property(c => c.DisplayText).IsRequired();
            // Kept as text, not jsonb: jsonb reorders keys and drops whitespace, and the document must round-trip exactly.
            e.Property(c => c.Document).IsRequired();
            e.HasIndex(c => c.ContentItemVersionId).IsUnique();
            // At most one latest and one published version per item, enforced by the database.
            e.HasIndex(c => new { c.ContentItemId, c.Latest }).IsUnique().HasFilter(IsTrueFilter(nameof(ContentItemRecord.Latest)));
            e.HasIndex(c => new { c.ContentItemId, c.Published }).IsUnique().HasFilter(IsTrueFilter(nameof(ContentItemRecord.Published)));
            // Every look-up of an item by id (its latest or published version, its versions, whether it is deleted):
            // SQLite uses a partial index only where the query repeats its filter word for word, so the two above serve none.
            e.HasIndex(c => c.ContentItemId);
            e.HasIndex(c => c.ContentType);
            e.HasIndex(c => c.SourceHash);
            e.HasIndex(c => c.DocumentDate);
            e.HasIndex(c => c.DeletedUtc);
        });

        modelBuilder.Entity<ContentTypeDefinitionRecord>(e =>
        {
            e.ToTable("ContentTypeDefinitions");
            e.HasKey(t => t.Id);
            e.Property(t => t.Name).IsRequired();
            e.Property(t => t.Json).IsRequired();
            e.HasIndex(t => t.Name).IsUnique();
        });

        modelBuilder.Entity<ContentPartDefinitionRecord>(e =>
        {
            e.ToTable("ContentPartDefinitions");
            e.HasKey(p => p.Id);
            e.Property(p => p.Name).IsRequired();
            e.Property(p => p.Json).IsRequired();
            e.HasIndex(p => p.Name).IsUnique();
        });

        modelBuilder.Entity<RoleRecord>(e =>
        {
            e.ToTable("Roles");
            e.HasKey(r => r.Id);
            e.Property(r => r.Name).IsRequired();
            e.Property(r => r.Json).IsRequired();
            e.HasIndex(r => r.Name).IsUnique();
        });

        modelBuilder.Entity<PassageRecord>(e =>
        {
            e.ToTable("Passages");
            e.HasKey(p => p.PassageId);
            e.HasIndex(p => new { p.ContentItemVersionId, p.Ordinal });
            e.HasIndex(p => p.ContentItemId);
        });

        modelBuilder.Entity<FindingRecord>(e =>
        {
            e.ToTable("Findings");
            e.HasKey(f => f.FindingId);
            e.HasIndex(f => f.ContentItemId);
            e.HasIndex(f => f.LinkedFindingId);
        });

        modelBuilder.Entity<FindingLinkRecord>(e =>
        {
            e.ToTable("FindingLinks");
            e.HasKey(l => new { l.FindingId, l.LinkType, l.TargetId });
            e.HasIndex(l => l.TargetId);
            e.HasOne<FindingRecord>().WithMany().HasForeignKey(l => l.FindingId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IndexingTaskRecord>(e =>
        {
            e.ToTable("IndexingTasks");
            e.HasKey(t => t.Id);
            e.Property(t => t.Kind).HasConversion<string>();
            e.HasIndex(t => t.ContentItemId);
        });

        modelBuilder.Entity<IndexingFailureRecord>(e =>
        {
            e.ToTable("IndexingFailures");
            e.HasKey(f => f.ContentItemId);
            e.HasIndex(f => f.LastFailedUtc);
        });

        modelBuilder.Entity<IngestionJobRecord>(e =>
        {
            e.ToTable("IngestionJobs");
            e.HasKey(j => j.Id);
            e.HasIndex(j => j.Status);
        });

        modelBuilder.Entity<IngestionJobItemRecord>(e =>
        {
            e.ToTable("IngestionJobItems");
            e.HasKey(i => new { i.JobId, i.Ordinal });
            e.HasOne<IngestionJobRecord>().WithMany().HasForeignKey(i => i.JobId).OnDelete(DeleteBehavior.Cascade);
            // A node renews and releases its claims by its name.
            e.HasIndex(i => i.ClaimedBy);
        });

        modelBuilder.Entity<AuditLogRecord>(e =>
        {
            e.ToTable("AuditLog");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.Utc);
            e.HasIndex(a => a.ContentItemId);
        });

        modelBuilder.Entity<UserRecord>(e =>
        {
            e.ToTable("Users");
            e.HasKey(u => u.Id);
            e.Property(u => u.UserName).IsRequired();
            e.Property(u => u.NormalizedUserName).IsRequired();
            e.Property(u => u.Role).IsRequired();
            e.HasIndex(u => u.NormalizedUserName).IsUnique();
            // One account per person at the provider; local accounts (both null) are not constrained.
            e.HasIndex(u => new { u.ExternalIssuer, u.ExternalSubject }).IsUnique();
        });

        modelBuilder.Entity<SavedSearchRecord>(e =>
        {
            e.ToTable("SavedSearches");
            e.HasKey(s => s.Id);
            e.Property(s => s.Owner).IsRequired();
            e.Property(s => s.Name).IsRequired();
            e.Property(s => s.Query).IsRequired();
            e.HasIndex(s => s.Owner);
        });

        modelBuilder.Entity<SavedSearchVisitRecord>(e =>
        {
            e.ToTable("SavedSearchVisits");
            e.HasKey(v => new { v.SavedSearchId, v.UserName });
            e.HasOne<SavedSearchRecord>().WithMany().HasForeignKey(v => v.SavedSearchId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
