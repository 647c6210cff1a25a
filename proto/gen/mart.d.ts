import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mart. */
export namespace mart {

    /** Namespace catalog. */
    namespace catalog {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ProductCreated.
             * @deprecated Use mart.catalog.v1.ProductCreated.$Properties instead.
             */
            interface IProductCreated extends mart.catalog.v1.ProductCreated.$Properties {
            }

            /** Represents a ProductCreated. */
            class ProductCreated {

                /**
                 * Constructs a new ProductCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.ProductCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProductCreated product. */
                product?: (mart.catalog.v1.Product.$Properties|null);

                /**
                 * Encodes the specified ProductCreated message. Does not implicitly {@link mart.catalog.v1.ProductCreated.verify|verify} messages.
                 * @param message ProductCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.ProductCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProductCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductCreated & mart.catalog.v1.ProductCreated.$Shape} ProductCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.ProductCreated & mart.catalog.v1.ProductCreated.$Shape;

                /**
                 * Gets the type url for ProductCreated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProductCreated {

                /** Properties of a ProductCreated. */
                interface $Properties {

                    /** ProductCreated product */
                    product?: (mart.catalog.v1.Product.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProductCreated. */
                type $Shape = mart.catalog.v1.ProductCreated.$Properties;
            }

            /**
             * Properties of a ProductUpdated.
             * @deprecated Use mart.catalog.v1.ProductUpdated.$Properties instead.
             */
            interface IProductUpdated extends mart.catalog.v1.ProductUpdated.$Properties {
            }

            /** Represents a ProductUpdated. */
            class ProductUpdated {

                /**
                 * Constructs a new ProductUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.ProductUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProductUpdated product. */
                product?: (mart.catalog.v1.Product.$Properties|null);

                /**
                 * Encodes the specified ProductUpdated message. Does not implicitly {@link mart.catalog.v1.ProductUpdated.verify|verify} messages.
                 * @param message ProductUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.ProductUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProductUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductUpdated & mart.catalog.v1.ProductUpdated.$Shape} ProductUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.ProductUpdated & mart.catalog.v1.ProductUpdated.$Shape;

                /**
                 * Gets the type url for ProductUpdated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProductUpdated {

                /** Properties of a ProductUpdated. */
                interface $Properties {

                    /** ProductUpdated product */
                    product?: (mart.catalog.v1.Product.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProductUpdated. */
                type $Shape = mart.catalog.v1.ProductUpdated.$Properties;
            }

            /**
             * Properties of a ProductArchived.
             * @deprecated Use mart.catalog.v1.ProductArchived.$Properties instead.
             */
            interface IProductArchived extends mart.catalog.v1.ProductArchived.$Properties {
            }

            /** Represents a ProductArchived. */
            class ProductArchived {

                /**
                 * Constructs a new ProductArchived.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.ProductArchived.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProductArchived productId. */
                productId: string;

                /**
                 * Encodes the specified ProductArchived message. Does not implicitly {@link mart.catalog.v1.ProductArchived.verify|verify} messages.
                 * @param message ProductArchived message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.ProductArchived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProductArchived message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductArchived & mart.catalog.v1.ProductArchived.$Shape} ProductArchived
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.ProductArchived & mart.catalog.v1.ProductArchived.$Shape;

                /**
                 * Gets the type url for ProductArchived
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProductArchived {

                /** Properties of a ProductArchived. */
                interface $Properties {

                    /** ProductArchived productId */
                    productId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProductArchived. */
                type $Shape = mart.catalog.v1.ProductArchived.$Properties;
            }

            /**
             * Properties of a Product.
             * @deprecated Use mart.catalog.v1.Product.$Properties instead.
             */
            interface IProduct extends mart.catalog.v1.Product.$Properties {
            }

            /** Represents a Product. */
            class Product {

                /**
                 * Constructs a new Product.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.Product.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Product productId. */
                productId: string;

                /** Product sku. */
                sku: string;

                /** Product name. */
                name: string;

                /** Product description. */
                description: string;

                /** Product priceAmount. */
                priceAmount: (number|Long);

                /** Product priceCurrency. */
                priceCurrency: string;

                /** Product categoryId. */
                categoryId: string;

                /** Product images. */
                images: string[];

                /**
                 * Encodes the specified Product message. Does not implicitly {@link mart.catalog.v1.Product.verify|verify} messages.
                 * @param message Product message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.Product.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Product message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.Product & mart.catalog.v1.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.Product & mart.catalog.v1.Product.$Shape;

                /**
                 * Gets the type url for Product
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Product {

                /** Properties of a Product. */
                interface $Properties {

                    /** Product productId */
                    productId?: (string|null);

                    /** Product sku */
                    sku?: (string|null);

                    /** Product name */
                    name?: (string|null);

                    /** Product description */
                    description?: (string|null);

                    /** Product priceAmount */
                    priceAmount?: (number|Long|null);

                    /** Product priceCurrency */
                    priceCurrency?: (string|null);

                    /** Product categoryId */
                    categoryId?: (string|null);

                    /** Product images */
                    images?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Product. */
                type $Shape = mart.catalog.v1.Product.$Properties;
            }
        }
    }

    /** Namespace events. */
    namespace events {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Envelope.
             * @deprecated Use mart.events.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends mart.events.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.events.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope eventId. */
                eventId: string;

                /** Envelope type. */
                type: string;

                /** Envelope occurredAt. */
                occurredAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Envelope source. */
                source: string;

                /** Envelope correlationId. */
                correlationId: string;

                /** Envelope payload. */
                payload: Uint8Array;

                /** Envelope causationId. */
                causationId: string;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link mart.events.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.events.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.events.v1.Envelope & mart.events.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.events.v1.Envelope & mart.events.v1.Envelope.$Shape;

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope eventId */
                    eventId?: (string|null);

                    /** Envelope type */
                    type?: (string|null);

                    /** Envelope occurredAt */
                    occurredAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Envelope source */
                    source?: (string|null);

                    /** Envelope correlationId */
                    correlationId?: (string|null);

                    /** Envelope payload */
                    payload?: (Uint8Array|null);

                    /** Envelope causationId */
                    causationId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Envelope. */
                type $Shape = mart.events.v1.Envelope.$Properties;
            }
        }
    }

    /** Namespace inventory. */
    namespace inventory {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a StockLevelChanged.
             * @deprecated Use mart.inventory.v1.StockLevelChanged.$Properties instead.
             */
            interface IStockLevelChanged extends mart.inventory.v1.StockLevelChanged.$Properties {
            }

            /** Represents a StockLevelChanged. */
            class StockLevelChanged {

                /**
                 * Constructs a new StockLevelChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.inventory.v1.StockLevelChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockLevelChanged productId. */
                productId: string;

                /** StockLevelChanged onHand. */
                onHand: number;

                /** StockLevelChanged reserved. */
                reserved: number;

                /** StockLevelChanged available. */
                available: number;

                /** StockLevelChanged lowStockThreshold. */
                lowStockThreshold: number;

                /** StockLevelChanged version. */
                version: number;

                /** StockLevelChanged delta. */
                delta: number;

                /** StockLevelChanged reason. */
                reason: string;

                /**
                 * Encodes the specified StockLevelChanged message. Does not implicitly {@link mart.inventory.v1.StockLevelChanged.verify|verify} messages.
                 * @param message StockLevelChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.inventory.v1.StockLevelChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockLevelChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLevelChanged & mart.inventory.v1.StockLevelChanged.$Shape} StockLevelChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.inventory.v1.StockLevelChanged & mart.inventory.v1.StockLevelChanged.$Shape;

                /**
                 * Gets the type url for StockLevelChanged
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StockLevelChanged {

                /** Properties of a StockLevelChanged. */
                interface $Properties {

                    /** StockLevelChanged productId */
                    productId?: (string|null);

                    /** StockLevelChanged onHand */
                    onHand?: (number|null);

                    /** StockLevelChanged reserved */
                    reserved?: (number|null);

                    /** StockLevelChanged available */
                    available?: (number|null);

                    /** StockLevelChanged lowStockThreshold */
                    lowStockThreshold?: (number|null);

                    /** StockLevelChanged version */
                    version?: (number|null);

                    /** StockLevelChanged delta */
                    delta?: (number|null);

                    /** StockLevelChanged reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockLevelChanged. */
                type $Shape = mart.inventory.v1.StockLevelChanged.$Properties;
            }

            /**
             * Properties of a StockLow.
             * @deprecated Use mart.inventory.v1.StockLow.$Properties instead.
             */
            interface IStockLow extends mart.inventory.v1.StockLow.$Properties {
            }

            /** Represents a StockLow. */
            class StockLow {

                /**
                 * Constructs a new StockLow.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.inventory.v1.StockLow.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockLow productId. */
                productId: string;

                /** StockLow available. */
                available: number;

                /** StockLow lowStockThreshold. */
                lowStockThreshold: number;

                /**
                 * Encodes the specified StockLow message. Does not implicitly {@link mart.inventory.v1.StockLow.verify|verify} messages.
                 * @param message StockLow message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.inventory.v1.StockLow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockLow message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLow & mart.inventory.v1.StockLow.$Shape} StockLow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.inventory.v1.StockLow & mart.inventory.v1.StockLow.$Shape;

                /**
                 * Gets the type url for StockLow
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StockLow {

                /** Properties of a StockLow. */
                interface $Properties {

                    /** StockLow productId */
                    productId?: (string|null);

                    /** StockLow available */
                    available?: (number|null);

                    /** StockLow lowStockThreshold */
                    lowStockThreshold?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockLow. */
                type $Shape = mart.inventory.v1.StockLow.$Properties;
            }
        }
    }

    /** Namespace orders. */
    namespace orders {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an OrderPlaced.
             * @deprecated Use mart.orders.v1.OrderPlaced.$Properties instead.
             */
            interface IOrderPlaced extends mart.orders.v1.OrderPlaced.$Properties {
            }

            /** Represents an OrderPlaced. */
            class OrderPlaced {

                /**
                 * Constructs a new OrderPlaced.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderPlaced.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderPlaced orderId. */
                orderId: string;

                /** OrderPlaced customerId. */
                customerId: string;

                /** OrderPlaced lines. */
                lines: mart.orders.v1.OrderLine.$Properties[];

                /** OrderPlaced totalAmount. */
                totalAmount: (number|Long);

                /** OrderPlaced currency. */
                currency: string;

                /** OrderPlaced shippingAddress. */
                shippingAddress?: (mart.orders.v1.ShippingAddress.$Properties|null);

                /** OrderPlaced revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderPlaced message. Does not implicitly {@link mart.orders.v1.OrderPlaced.verify|verify} messages.
                 * @param message OrderPlaced message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderPlaced.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderPlaced message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderPlaced & mart.orders.v1.OrderPlaced.$Shape} OrderPlaced
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderPlaced & mart.orders.v1.OrderPlaced.$Shape;

                /**
                 * Gets the type url for OrderPlaced
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderPlaced {

                /** Properties of an OrderPlaced. */
                interface $Properties {

                    /** OrderPlaced orderId */
                    orderId?: (string|null);

                    /** OrderPlaced customerId */
                    customerId?: (string|null);

                    /** OrderPlaced lines */
                    lines?: (mart.orders.v1.OrderLine.$Properties[]|null);

                    /** OrderPlaced totalAmount */
                    totalAmount?: (number|Long|null);

                    /** OrderPlaced currency */
                    currency?: (string|null);

                    /** OrderPlaced shippingAddress */
                    shippingAddress?: (mart.orders.v1.ShippingAddress.$Properties|null);

                    /** OrderPlaced revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderPlaced. */
                type $Shape = mart.orders.v1.OrderPlaced.$Properties;
            }

            /**
             * Properties of an OrderAwaitingPayment.
             * @deprecated Use mart.orders.v1.OrderAwaitingPayment.$Properties instead.
             */
            interface IOrderAwaitingPayment extends mart.orders.v1.OrderAwaitingPayment.$Properties {
            }

            /** Represents an OrderAwaitingPayment. */
            class OrderAwaitingPayment {

                /**
                 * Constructs a new OrderAwaitingPayment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderAwaitingPayment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderAwaitingPayment orderId. */
                orderId: string;

                /** OrderAwaitingPayment customerId. */
                customerId: string;

                /** OrderAwaitingPayment totalAmount. */
                totalAmount: (number|Long);

                /** OrderAwaitingPayment currency. */
                currency: string;

                /** OrderAwaitingPayment revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderAwaitingPayment message. Does not implicitly {@link mart.orders.v1.OrderAwaitingPayment.verify|verify} messages.
                 * @param message OrderAwaitingPayment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderAwaitingPayment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderAwaitingPayment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderAwaitingPayment & mart.orders.v1.OrderAwaitingPayment.$Shape} OrderAwaitingPayment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderAwaitingPayment & mart.orders.v1.OrderAwaitingPayment.$Shape;

                /**
                 * Gets the type url for OrderAwaitingPayment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderAwaitingPayment {

                /** Properties of an OrderAwaitingPayment. */
                interface $Properties {

                    /** OrderAwaitingPayment orderId */
                    orderId?: (string|null);

                    /** OrderAwaitingPayment customerId */
                    customerId?: (string|null);

                    /** OrderAwaitingPayment totalAmount */
                    totalAmount?: (number|Long|null);

                    /** OrderAwaitingPayment currency */
                    currency?: (string|null);

                    /** OrderAwaitingPayment revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderAwaitingPayment. */
                type $Shape = mart.orders.v1.OrderAwaitingPayment.$Properties;
            }

            /**
             * Properties of an OrderRejected.
             * @deprecated Use mart.orders.v1.OrderRejected.$Properties instead.
             */
            interface IOrderRejected extends mart.orders.v1.OrderRejected.$Properties {
            }

            /** Represents an OrderRejected. */
            class OrderRejected {

                /**
                 * Constructs a new OrderRejected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderRejected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderRejected orderId. */
                orderId: string;

                /** OrderRejected customerId. */
                customerId: string;

                /** OrderRejected reason. */
                reason: string;

                /** OrderRejected shortfalls. */
                shortfalls: mart.orders.v1.Shortfall.$Properties[];

                /** OrderRejected revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderRejected message. Does not implicitly {@link mart.orders.v1.OrderRejected.verify|verify} messages.
                 * @param message OrderRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderRejected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderRejected & mart.orders.v1.OrderRejected.$Shape} OrderRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderRejected & mart.orders.v1.OrderRejected.$Shape;

                /**
                 * Gets the type url for OrderRejected
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderRejected {

                /** Properties of an OrderRejected. */
                interface $Properties {

                    /** OrderRejected orderId */
                    orderId?: (string|null);

                    /** OrderRejected customerId */
                    customerId?: (string|null);

                    /** OrderRejected reason */
                    reason?: (string|null);

                    /** OrderRejected shortfalls */
                    shortfalls?: (mart.orders.v1.Shortfall.$Properties[]|null);

                    /** OrderRejected revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderRejected. */
                type $Shape = mart.orders.v1.OrderRejected.$Properties;
            }

            /**
             * Properties of an OrderPaid.
             * @deprecated Use mart.orders.v1.OrderPaid.$Properties instead.
             */
            interface IOrderPaid extends mart.orders.v1.OrderPaid.$Properties {
            }

            /** Represents an OrderPaid. */
            class OrderPaid {

                /**
                 * Constructs a new OrderPaid.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderPaid.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderPaid orderId. */
                orderId: string;

                /** OrderPaid customerId. */
                customerId: string;

                /** OrderPaid paymentId. */
                paymentId: string;

                /** OrderPaid totalAmount. */
                totalAmount: (number|Long);

                /** OrderPaid currency. */
                currency: string;

                /** OrderPaid revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderPaid message. Does not implicitly {@link mart.orders.v1.OrderPaid.verify|verify} messages.
                 * @param message OrderPaid message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderPaid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderPaid message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderPaid & mart.orders.v1.OrderPaid.$Shape} OrderPaid
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderPaid & mart.orders.v1.OrderPaid.$Shape;

                /**
                 * Gets the type url for OrderPaid
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderPaid {

                /** Properties of an OrderPaid. */
                interface $Properties {

                    /** OrderPaid orderId */
                    orderId?: (string|null);

                    /** OrderPaid customerId */
                    customerId?: (string|null);

                    /** OrderPaid paymentId */
                    paymentId?: (string|null);

                    /** OrderPaid totalAmount */
                    totalAmount?: (number|Long|null);

                    /** OrderPaid currency */
                    currency?: (string|null);

                    /** OrderPaid revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderPaid. */
                type $Shape = mart.orders.v1.OrderPaid.$Properties;
            }

            /**
             * Properties of an OrderCancelled.
             * @deprecated Use mart.orders.v1.OrderCancelled.$Properties instead.
             */
            interface IOrderCancelled extends mart.orders.v1.OrderCancelled.$Properties {
            }

            /** Represents an OrderCancelled. */
            class OrderCancelled {

                /**
                 * Constructs a new OrderCancelled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderCancelled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderCancelled orderId. */
                orderId: string;

                /** OrderCancelled customerId. */
                customerId: string;

                /** OrderCancelled reason. */
                reason: string;

                /** OrderCancelled wasPaid. */
                wasPaid: boolean;

                /** OrderCancelled totalAmount. */
                totalAmount: (number|Long);

                /** OrderCancelled currency. */
                currency: string;

                /** OrderCancelled revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderCancelled message. Does not implicitly {@link mart.orders.v1.OrderCancelled.verify|verify} messages.
                 * @param message OrderCancelled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderCancelled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderCancelled & mart.orders.v1.OrderCancelled.$Shape} OrderCancelled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderCancelled & mart.orders.v1.OrderCancelled.$Shape;

                /**
                 * Gets the type url for OrderCancelled
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderCancelled {

                /** Properties of an OrderCancelled. */
                interface $Properties {

                    /** OrderCancelled orderId */
                    orderId?: (string|null);

                    /** OrderCancelled customerId */
                    customerId?: (string|null);

                    /** OrderCancelled reason */
                    reason?: (string|null);

                    /** OrderCancelled wasPaid */
                    wasPaid?: (boolean|null);

                    /** OrderCancelled totalAmount */
                    totalAmount?: (number|Long|null);

                    /** OrderCancelled currency */
                    currency?: (string|null);

                    /** OrderCancelled revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderCancelled. */
                type $Shape = mart.orders.v1.OrderCancelled.$Properties;
            }

            /**
             * Properties of an OrderShipped.
             * @deprecated Use mart.orders.v1.OrderShipped.$Properties instead.
             */
            interface IOrderShipped extends mart.orders.v1.OrderShipped.$Properties {
            }

            /** Represents an OrderShipped. */
            class OrderShipped {

                /**
                 * Constructs a new OrderShipped.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderShipped.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderShipped orderId. */
                orderId: string;

                /** OrderShipped customerId. */
                customerId: string;

                /** OrderShipped revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderShipped message. Does not implicitly {@link mart.orders.v1.OrderShipped.verify|verify} messages.
                 * @param message OrderShipped message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderShipped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderShipped message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderShipped & mart.orders.v1.OrderShipped.$Shape} OrderShipped
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderShipped & mart.orders.v1.OrderShipped.$Shape;

                /**
                 * Gets the type url for OrderShipped
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderShipped {

                /** Properties of an OrderShipped. */
                interface $Properties {

                    /** OrderShipped orderId */
                    orderId?: (string|null);

                    /** OrderShipped customerId */
                    customerId?: (string|null);

                    /** OrderShipped revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderShipped. */
                type $Shape = mart.orders.v1.OrderShipped.$Properties;
            }

            /**
             * Properties of an OrderDelivered.
             * @deprecated Use mart.orders.v1.OrderDelivered.$Properties instead.
             */
            interface IOrderDelivered extends mart.orders.v1.OrderDelivered.$Properties {
            }

            /** Represents an OrderDelivered. */
            class OrderDelivered {

                /**
                 * Constructs a new OrderDelivered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderDelivered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderDelivered orderId. */
                orderId: string;

                /** OrderDelivered customerId. */
                customerId: string;

                /** OrderDelivered revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified OrderDelivered message. Does not implicitly {@link mart.orders.v1.OrderDelivered.verify|verify} messages.
                 * @param message OrderDelivered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderDelivered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderDelivered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderDelivered & mart.orders.v1.OrderDelivered.$Shape} OrderDelivered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderDelivered & mart.orders.v1.OrderDelivered.$Shape;

                /**
                 * Gets the type url for OrderDelivered
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderDelivered {

                /** Properties of an OrderDelivered. */
                interface $Properties {

                    /** OrderDelivered orderId */
                    orderId?: (string|null);

                    /** OrderDelivered customerId */
                    customerId?: (string|null);

                    /** OrderDelivered revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderDelivered. */
                type $Shape = mart.orders.v1.OrderDelivered.$Properties;
            }

            /**
             * Properties of an OrderLine.
             * @deprecated Use mart.orders.v1.OrderLine.$Properties instead.
             */
            interface IOrderLine extends mart.orders.v1.OrderLine.$Properties {
            }

            /** Represents an OrderLine. */
            class OrderLine {

                /**
                 * Constructs a new OrderLine.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.OrderLine.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderLine productId. */
                productId: string;

                /** OrderLine sku. */
                sku: string;

                /** OrderLine name. */
                name: string;

                /** OrderLine quantity. */
                quantity: number;

                /** OrderLine unitPriceAmount. */
                unitPriceAmount: (number|Long);

                /** OrderLine lineTotalAmount. */
                lineTotalAmount: (number|Long);

                /**
                 * Encodes the specified OrderLine message. Does not implicitly {@link mart.orders.v1.OrderLine.verify|verify} messages.
                 * @param message OrderLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.OrderLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderLine message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.OrderLine & mart.orders.v1.OrderLine.$Shape} OrderLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.OrderLine & mart.orders.v1.OrderLine.$Shape;

                /**
                 * Gets the type url for OrderLine
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OrderLine {

                /** Properties of an OrderLine. */
                interface $Properties {

                    /** OrderLine productId */
                    productId?: (string|null);

                    /** OrderLine sku */
                    sku?: (string|null);

                    /** OrderLine name */
                    name?: (string|null);

                    /** OrderLine quantity */
                    quantity?: (number|null);

                    /** OrderLine unitPriceAmount */
                    unitPriceAmount?: (number|Long|null);

                    /** OrderLine lineTotalAmount */
                    lineTotalAmount?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderLine. */
                type $Shape = mart.orders.v1.OrderLine.$Properties;
            }

            /**
             * Properties of a ShippingAddress.
             * @deprecated Use mart.orders.v1.ShippingAddress.$Properties instead.
             */
            interface IShippingAddress extends mart.orders.v1.ShippingAddress.$Properties {
            }

            /** Represents a ShippingAddress. */
            class ShippingAddress {

                /**
                 * Constructs a new ShippingAddress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.ShippingAddress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShippingAddress name. */
                name: string;

                /** ShippingAddress line1. */
                line1: string;

                /** ShippingAddress line2. */
                line2: string;

                /** ShippingAddress city. */
                city: string;

                /** ShippingAddress postalCode. */
                postalCode: string;

                /** ShippingAddress country. */
                country: string;

                /** ShippingAddress phone. */
                phone: string;

                /**
                 * Encodes the specified ShippingAddress message. Does not implicitly {@link mart.orders.v1.ShippingAddress.verify|verify} messages.
                 * @param message ShippingAddress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.ShippingAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShippingAddress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.ShippingAddress & mart.orders.v1.ShippingAddress.$Shape} ShippingAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.ShippingAddress & mart.orders.v1.ShippingAddress.$Shape;

                /**
                 * Gets the type url for ShippingAddress
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShippingAddress {

                /** Properties of a ShippingAddress. */
                interface $Properties {

                    /** ShippingAddress name */
                    name?: (string|null);

                    /** ShippingAddress line1 */
                    line1?: (string|null);

                    /** ShippingAddress line2 */
                    line2?: (string|null);

                    /** ShippingAddress city */
                    city?: (string|null);

                    /** ShippingAddress postalCode */
                    postalCode?: (string|null);

                    /** ShippingAddress country */
                    country?: (string|null);

                    /** ShippingAddress phone */
                    phone?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShippingAddress. */
                type $Shape = mart.orders.v1.ShippingAddress.$Properties;
            }

            /**
             * Properties of a Shortfall.
             * @deprecated Use mart.orders.v1.Shortfall.$Properties instead.
             */
            interface IShortfall extends mart.orders.v1.Shortfall.$Properties {
            }

            /** Represents a Shortfall. */
            class Shortfall {

                /**
                 * Constructs a new Shortfall.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.orders.v1.Shortfall.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Shortfall productId. */
                productId: string;

                /** Shortfall requested. */
                requested: number;

                /** Shortfall available. */
                available: number;

                /**
                 * Encodes the specified Shortfall message. Does not implicitly {@link mart.orders.v1.Shortfall.verify|verify} messages.
                 * @param message Shortfall message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.orders.v1.Shortfall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Shortfall message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.orders.v1.Shortfall & mart.orders.v1.Shortfall.$Shape} Shortfall
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.orders.v1.Shortfall & mart.orders.v1.Shortfall.$Shape;

                /**
                 * Gets the type url for Shortfall
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Shortfall {

                /** Properties of a Shortfall. */
                interface $Properties {

                    /** Shortfall productId */
                    productId?: (string|null);

                    /** Shortfall requested */
                    requested?: (number|null);

                    /** Shortfall available */
                    available?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Shortfall. */
                type $Shape = mart.orders.v1.Shortfall.$Properties;
            }
        }
    }

    /** Namespace payments. */
    namespace payments {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a PaymentSucceeded.
             * @deprecated Use mart.payments.v1.PaymentSucceeded.$Properties instead.
             */
            interface IPaymentSucceeded extends mart.payments.v1.PaymentSucceeded.$Properties {
            }

            /** Represents a PaymentSucceeded. */
            class PaymentSucceeded {

                /**
                 * Constructs a new PaymentSucceeded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.payments.v1.PaymentSucceeded.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PaymentSucceeded paymentId. */
                paymentId: string;

                /** PaymentSucceeded orderId. */
                orderId: string;

                /** PaymentSucceeded customerId. */
                customerId: string;

                /** PaymentSucceeded amount. */
                amount: (number|Long);

                /** PaymentSucceeded currency. */
                currency: string;

                /** PaymentSucceeded providerPaymentId. */
                providerPaymentId: string;

                /** PaymentSucceeded revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified PaymentSucceeded message. Does not implicitly {@link mart.payments.v1.PaymentSucceeded.verify|verify} messages.
                 * @param message PaymentSucceeded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.payments.v1.PaymentSucceeded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PaymentSucceeded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.payments.v1.PaymentSucceeded & mart.payments.v1.PaymentSucceeded.$Shape} PaymentSucceeded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.payments.v1.PaymentSucceeded & mart.payments.v1.PaymentSucceeded.$Shape;

                /**
                 * Gets the type url for PaymentSucceeded
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PaymentSucceeded {

                /** Properties of a PaymentSucceeded. */
                interface $Properties {

                    /** PaymentSucceeded paymentId */
                    paymentId?: (string|null);

                    /** PaymentSucceeded orderId */
                    orderId?: (string|null);

                    /** PaymentSucceeded customerId */
                    customerId?: (string|null);

                    /** PaymentSucceeded amount */
                    amount?: (number|Long|null);

                    /** PaymentSucceeded currency */
                    currency?: (string|null);

                    /** PaymentSucceeded providerPaymentId */
                    providerPaymentId?: (string|null);

                    /** PaymentSucceeded revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PaymentSucceeded. */
                type $Shape = mart.payments.v1.PaymentSucceeded.$Properties;
            }

            /**
             * Properties of a PaymentFailed.
             * @deprecated Use mart.payments.v1.PaymentFailed.$Properties instead.
             */
            interface IPaymentFailed extends mart.payments.v1.PaymentFailed.$Properties {
            }

            /** Represents a PaymentFailed. */
            class PaymentFailed {

                /**
                 * Constructs a new PaymentFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.payments.v1.PaymentFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PaymentFailed paymentId. */
                paymentId: string;

                /** PaymentFailed orderId. */
                orderId: string;

                /** PaymentFailed customerId. */
                customerId: string;

                /** PaymentFailed reason. */
                reason: string;

                /** PaymentFailed providerPaymentId. */
                providerPaymentId: string;

                /** PaymentFailed revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified PaymentFailed message. Does not implicitly {@link mart.payments.v1.PaymentFailed.verify|verify} messages.
                 * @param message PaymentFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.payments.v1.PaymentFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PaymentFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.payments.v1.PaymentFailed & mart.payments.v1.PaymentFailed.$Shape} PaymentFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.payments.v1.PaymentFailed & mart.payments.v1.PaymentFailed.$Shape;

                /**
                 * Gets the type url for PaymentFailed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PaymentFailed {

                /** Properties of a PaymentFailed. */
                interface $Properties {

                    /** PaymentFailed paymentId */
                    paymentId?: (string|null);

                    /** PaymentFailed orderId */
                    orderId?: (string|null);

                    /** PaymentFailed customerId */
                    customerId?: (string|null);

                    /** PaymentFailed reason */
                    reason?: (string|null);

                    /** PaymentFailed providerPaymentId */
                    providerPaymentId?: (string|null);

                    /** PaymentFailed revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PaymentFailed. */
                type $Shape = mart.payments.v1.PaymentFailed.$Properties;
            }

            /**
             * Properties of a RefundIssued.
             * @deprecated Use mart.payments.v1.RefundIssued.$Properties instead.
             */
            interface IRefundIssued extends mart.payments.v1.RefundIssued.$Properties {
            }

            /** Represents a RefundIssued. */
            class RefundIssued {

                /**
                 * Constructs a new RefundIssued.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.payments.v1.RefundIssued.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefundIssued paymentId. */
                paymentId: string;

                /** RefundIssued orderId. */
                orderId: string;

                /** RefundIssued customerId. */
                customerId: string;

                /** RefundIssued amount. */
                amount: (number|Long);

                /** RefundIssued currency. */
                currency: string;

                /** RefundIssued providerRefundId. */
                providerRefundId: string;

                /** RefundIssued revision. */
                revision: (number|Long);

                /**
                 * Encodes the specified RefundIssued message. Does not implicitly {@link mart.payments.v1.RefundIssued.verify|verify} messages.
                 * @param message RefundIssued message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.payments.v1.RefundIssued.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefundIssued message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.payments.v1.RefundIssued & mart.payments.v1.RefundIssued.$Shape} RefundIssued
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.payments.v1.RefundIssued & mart.payments.v1.RefundIssued.$Shape;

                /**
                 * Gets the type url for RefundIssued
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RefundIssued {

                /** Properties of a RefundIssued. */
                interface $Properties {

                    /** RefundIssued paymentId */
                    paymentId?: (string|null);

                    /** RefundIssued orderId */
                    orderId?: (string|null);

                    /** RefundIssued customerId */
                    customerId?: (string|null);

                    /** RefundIssued amount */
                    amount?: (number|Long|null);

                    /** RefundIssued currency */
                    currency?: (string|null);

                    /** RefundIssued providerRefundId */
                    providerRefundId?: (string|null);

                    /** RefundIssued revision */
                    revision?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefundIssued. */
                type $Shape = mart.payments.v1.RefundIssued.$Properties;
            }
        }
    }

    /** Namespace users. */
    namespace users {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a UserRegistered.
             * @deprecated Use mart.users.v1.UserRegistered.$Properties instead.
             */
            interface IUserRegistered extends mart.users.v1.UserRegistered.$Properties {
            }

            /** Represents a UserRegistered. */
            class UserRegistered {

                /**
                 * Constructs a new UserRegistered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.users.v1.UserRegistered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserRegistered userId. */
                userId: string;

                /** UserRegistered email. */
                email: string;

                /** UserRegistered name. */
                name: string;

                /**
                 * Encodes the specified UserRegistered message. Does not implicitly {@link mart.users.v1.UserRegistered.verify|verify} messages.
                 * @param message UserRegistered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.users.v1.UserRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserRegistered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserRegistered & mart.users.v1.UserRegistered.$Shape} UserRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.users.v1.UserRegistered & mart.users.v1.UserRegistered.$Shape;

                /**
                 * Gets the type url for UserRegistered
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserRegistered {

                /** Properties of a UserRegistered. */
                interface $Properties {

                    /** UserRegistered userId */
                    userId?: (string|null);

                    /** UserRegistered email */
                    email?: (string|null);

                    /** UserRegistered name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserRegistered. */
                type $Shape = mart.users.v1.UserRegistered.$Properties;
            }

            /**
             * Properties of a UserProfileUpdated.
             * @deprecated Use mart.users.v1.UserProfileUpdated.$Properties instead.
             */
            interface IUserProfileUpdated extends mart.users.v1.UserProfileUpdated.$Properties {
            }

            /** Represents a UserProfileUpdated. */
            class UserProfileUpdated {

                /**
                 * Constructs a new UserProfileUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.users.v1.UserProfileUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserProfileUpdated userId. */
                userId: string;

                /** UserProfileUpdated name. */
                name: string;

                /**
                 * Encodes the specified UserProfileUpdated message. Does not implicitly {@link mart.users.v1.UserProfileUpdated.verify|verify} messages.
                 * @param message UserProfileUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.users.v1.UserProfileUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserProfileUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserProfileUpdated & mart.users.v1.UserProfileUpdated.$Shape} UserProfileUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.users.v1.UserProfileUpdated & mart.users.v1.UserProfileUpdated.$Shape;

                /**
                 * Gets the type url for UserProfileUpdated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserProfileUpdated {

                /** Properties of a UserProfileUpdated. */
                interface $Properties {

                    /** UserProfileUpdated userId */
                    userId?: (string|null);

                    /** UserProfileUpdated name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserProfileUpdated. */
                type $Shape = mart.users.v1.UserProfileUpdated.$Properties;
            }

            /**
             * Properties of a UserPasswordChanged.
             * @deprecated Use mart.users.v1.UserPasswordChanged.$Properties instead.
             */
            interface IUserPasswordChanged extends mart.users.v1.UserPasswordChanged.$Properties {
            }

            /** Represents a UserPasswordChanged. */
            class UserPasswordChanged {

                /**
                 * Constructs a new UserPasswordChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.users.v1.UserPasswordChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserPasswordChanged userId. */
                userId: string;

                /**
                 * Encodes the specified UserPasswordChanged message. Does not implicitly {@link mart.users.v1.UserPasswordChanged.verify|verify} messages.
                 * @param message UserPasswordChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.users.v1.UserPasswordChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserPasswordChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserPasswordChanged & mart.users.v1.UserPasswordChanged.$Shape} UserPasswordChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.users.v1.UserPasswordChanged & mart.users.v1.UserPasswordChanged.$Shape;

                /**
                 * Gets the type url for UserPasswordChanged
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserPasswordChanged {

                /** Properties of a UserPasswordChanged. */
                interface $Properties {

                    /** UserPasswordChanged userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserPasswordChanged. */
                type $Shape = mart.users.v1.UserPasswordChanged.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
