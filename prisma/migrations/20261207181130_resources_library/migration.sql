-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('GUIDE', 'FICHE', 'DIAGNOSTIC_TOOL', 'SESSION_SUPPORT', 'VIDEO', 'TESTIMONY');

-- DropIndex
DROP INDEX "Resource_theme_idx";

-- AlterTable: the description becomes the summary, the one theme a list of themes (kept).
ALTER TABLE "Resource" RENAME COLUMN "description" TO "summary";
ALTER TABLE "Resource" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "featuredAt" TIMESTAMP(3),
ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "fileSize" INTEGER,
ADD COLUMN     "fileType" TEXT,
ADD COLUMN     "kind" "ResourceKind" NOT NULL DEFAULT 'GUIDE',
ADD COLUMN     "sharedWithNetwork" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "themes" "Theme"[],
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
UPDATE "Resource" SET "themes" = CASE WHEN "theme" IS NULL THEN '{}' ELSE ARRAY["theme"] END;
ALTER TABLE "Resource" DROP COLUMN "theme";

-- CreateTable
CREATE TABLE "ResourceFile" (
    "resourceId" TEXT NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "ResourceFile_pkey" PRIMARY KEY ("resourceId")
);

-- CreateTable
CREATE TABLE "ClusterResource" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionResource" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionResource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClusterResource_aractId_idx" ON "ClusterResource"("aractId");

-- CreateIndex
CREATE INDEX "ClusterResource_resourceId_idx" ON "ClusterResource"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterResource_clusterId_resourceId_key" ON "ClusterResource"("clusterId", "resourceId");

-- CreateIndex
CREATE INDEX "SessionResource_aractId_idx" ON "SessionResource"("aractId");

-- CreateIndex
CREATE INDEX "SessionResource_clusterId_idx" ON "SessionResource"("clusterId");

-- CreateIndex
CREATE INDEX "SessionResource_resourceId_idx" ON "SessionResource"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionResource_sessionId_resourceId_key" ON "SessionResource"("sessionId", "resourceId");

-- CreateIndex
CREATE INDEX "Resource_themes_idx" ON "Resource" USING GIN ("themes");

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceFile" ADD CONSTRAINT "ResourceFile_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterResource" ADD CONSTRAINT "ClusterResource_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterResource" ADD CONSTRAINT "ClusterResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionResource" ADD CONSTRAINT "SessionResource_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CollectiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionResource" ADD CONSTRAINT "SessionResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Resource: read by the national side, by every Aract for the national ones and those shared with the
-- network, by its own Aract, and by the members of the companies of a cluster it is attached to (to the
-- cluster or to one of its sessions). Written by its Aract staff, or by the national side for the
-- national ones and to feature a shared one.
DROP POLICY tenant_read ON "Resource";
DROP POLICY tenant_write ON "Resource";
CREATE FUNCTION app_national() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT app_role() IN ('NATIONAL', 'NATIONAL_ADMIN') $$;
CREATE POLICY tenant_read ON "Resource" FOR SELECT USING (
  (SELECT app_reads_all())
  OR ((SELECT app_staff_aract()) IS NOT NULL AND ("aractId" IS NULL OR "sharedWithNetwork" OR "aractId" = (SELECT app_staff_aract())))
  OR ((SELECT app_member_aract()) IS NOT NULL AND (
    "id" IN (SELECT cr."resourceId" FROM "ClusterResource" cr WHERE cr."clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))
    OR "id" IN (SELECT sr."resourceId" FROM "SessionResource" sr WHERE sr."clusterId" = ANY ((SELECT app_member_cluster_ids())::text[])))));
CREATE POLICY tenant_write ON "Resource" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ((SELECT app_national()) AND ("aractId" IS NULL OR "sharedWithNetwork")))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ((SELECT app_national()) AND ("aractId" IS NULL OR "sharedWithNetwork")));

-- ResourceFile: read with its resource, written by who writes the resource.
ALTER TABLE "ResourceFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResourceFile" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ResourceFile" FOR SELECT USING ("resourceId" IN (SELECT r.id FROM "Resource" r));
CREATE POLICY tenant_write ON "ResourceFile" FOR ALL USING (
  "resourceId" IN (SELECT r.id FROM "Resource" r WHERE (SELECT app_writes_all()) OR r."aractId" = (SELECT app_staff_aract())
    OR ((SELECT app_national()) AND r."aractId" IS NULL)))
  WITH CHECK (
  "resourceId" IN (SELECT r.id FROM "Resource" r WHERE (SELECT app_writes_all()) OR r."aractId" = (SELECT app_staff_aract())
    OR ((SELECT app_national()) AND r."aractId" IS NULL)));

-- ClusterResource and SessionResource: read like the cluster, written by its Aract staff.
ALTER TABLE "ClusterResource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClusterResource" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ClusterResource" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "ClusterResource" FOR ALL USING ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));
ALTER TABLE "SessionResource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SessionResource" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "SessionResource" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "SessionResource" FOR ALL USING ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));
