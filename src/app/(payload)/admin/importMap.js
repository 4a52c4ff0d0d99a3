import { UntranslatedTitleCell as UntranslatedTitleCell_2e117964cc305945924cfb9c92f7106f } from '../../../../collections/shared/components/UntranslatedTitleCell'
import { NeedsLaoCell as NeedsLaoCell_b681e5cd563aacb24cf149fa9c3c7cfe } from '../../../../collections/shared/components/NeedsLaoCell'
import { RentalWindowField as RentalWindowField_f933b8c9c259ee300d2b1952fc3888d0 } from '../../../../collections/Movies/components/RentalWindowField'
import { VideoUploadField as VideoUploadField_0feb7762af77f6a1dad6c538aebad875 } from '../../../../collections/Movies/components/VideoUploadField'
import { ImportFromTmdb as ImportFromTmdb_c61965bd77eee1cfb79e1a46749debf1 } from '../../../../collections/Movies/components/ImportFromTmdb'
import { NeedsLaoFilter as NeedsLaoFilter_0356d639c3b9cc55f82fd873c3184693 } from '../../../../collections/shared/components/NeedsLaoFilter'
import { TranslateButton as TranslateButton_ee22e13c8889c6d0179e179f411440f3 } from '../../../../collections/shared/translation/TranslateButton'
import { CurrentPasswordField as CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151 } from '../../../../collections/Users/components/CurrentPasswordField'
import { KeyShownOnce as KeyShownOnce_de61b255aff663472389324df5247a76 } from '../../../../collections/ApiKeys/components/KeyShownOnce'
import { IssueKeyButton as IssueKeyButton_b16ec49aab7f479c634bc2708ea3d44d } from '../../../../collections/ApiKeys/components/IssueKeyButton'
import { SendAgainButton as SendAgainButton_fe16327cf78209ff39cb34cdb3b41968 } from '../../../../collections/WebhookDeliveries/components/SendAgainButton'
import { DeliveryBody as DeliveryBody_f96ee3a95b4f1169579cf6561840d328 } from '../../../../collections/WebhookDeliveries/components/DeliveryBody'
import { AnalyticsNavLink as AnalyticsNavLink_be3c3bb73a656e2a59efe6dc5fa65758 } from '../../../../collections/VideoAnalytics/components/AnalyticsNavLink'
import { TranslationNavLink as TranslationNavLink_0a4737a499f6313519791cb459f589db } from '../../../../collections/shared/translation/TranslationNavLink'
import { AdminLanguageProvider as AdminLanguageProvider_e4a6c693ff611153e09c86da1d009ae5 } from '../../../../collections/Users/components/AdminLanguageProvider'
import { AnalyticsView as AnalyticsView_13da19a437b9e53f05b4b6aea5b00314 } from '../../../../collections/VideoAnalytics/components/AnalyticsView'
import { TranslationView as TranslationView_c139b1882ffcdb0b7011d59b3bf6f707 } from '../../../../collections/shared/translation/TranslationView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/shared/components/UntranslatedTitleCell#UntranslatedTitleCell": UntranslatedTitleCell_2e117964cc305945924cfb9c92f7106f,
  "/collections/shared/components/NeedsLaoCell#NeedsLaoCell": NeedsLaoCell_b681e5cd563aacb24cf149fa9c3c7cfe,
  "/collections/Movies/components/RentalWindowField#RentalWindowField": RentalWindowField_f933b8c9c259ee300d2b1952fc3888d0,
  "/collections/Movies/components/VideoUploadField#VideoUploadField": VideoUploadField_0feb7762af77f6a1dad6c538aebad875,
  "/collections/Movies/components/ImportFromTmdb#ImportFromTmdb": ImportFromTmdb_c61965bd77eee1cfb79e1a46749debf1,
  "/collections/shared/components/NeedsLaoFilter#NeedsLaoFilter": NeedsLaoFilter_0356d639c3b9cc55f82fd873c3184693,
  "/collections/shared/translation/TranslateButton#TranslateButton": TranslateButton_ee22e13c8889c6d0179e179f411440f3,
  "/collections/Users/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151,
  "/collections/ApiKeys/components/KeyShownOnce#KeyShownOnce": KeyShownOnce_de61b255aff663472389324df5247a76,
  "/collections/ApiKeys/components/IssueKeyButton#IssueKeyButton": IssueKeyButton_b16ec49aab7f479c634bc2708ea3d44d,
  "/collections/WebhookDeliveries/components/SendAgainButton#SendAgainButton": SendAgainButton_fe16327cf78209ff39cb34cdb3b41968,
  "/collections/WebhookDeliveries/components/DeliveryBody#DeliveryBody": DeliveryBody_f96ee3a95b4f1169579cf6561840d328,
  "/collections/VideoAnalytics/components/AnalyticsNavLink#AnalyticsNavLink": AnalyticsNavLink_be3c3bb73a656e2a59efe6dc5fa65758,
  "/collections/shared/translation/TranslationNavLink#TranslationNavLink": TranslationNavLink_0a4737a499f6313519791cb459f589db,
  "/collections/Users/components/AdminLanguageProvider#AdminLanguageProvider": AdminLanguageProvider_e4a6c693ff611153e09c86da1d009ae5,
  "/collections/VideoAnalytics/components/AnalyticsView#AnalyticsView": AnalyticsView_13da19a437b9e53f05b4b6aea5b00314,
  "/collections/shared/translation/TranslationView#TranslationView": TranslationView_c139b1882ffcdb0b7011d59b3bf6f707,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
